export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="#1456c8" />
      <path
        d="M16 46V18h14c7 0 11 4 11 10 0 5-3 8-7 9l9 9h-8l-8-8h-4v8zm7-14h6c3 0 5-1 5-4s-2-4-5-4h-6z"
        fill="#fff"
      />
      <circle cx="47" cy="18" r="5" fill="#ffb020" />
    </svg>
  );
}
