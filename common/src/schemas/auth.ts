import { z } from "zod";
import { LANGS } from "../i18n/lang.js";
import { PERMISSIONS, ROLES } from "../roles.js";
import { areaCodeSchema, emailSchema, pageLimitSchema, pageOf } from "./shared.js";

export const LoginSchema = z
  .object({
    username: z.string().trim().min(1).max(64),
    password: z.string().min(1).max(256),
    totp: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
  })
  .strict();

export const SessionUserSchema = z.object({
  id: z.string().uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  areaCode: z.string().nullable(),
  orgId: z.string().uuid().nullable(),
  language: z.enum(LANGS).nullable(),
  /** Own address, shown in full to its owner. */
  email: z.string().nullable(),
  permissions: z.array(z.enum(PERMISSIONS)),
  totpEnabled: z.boolean(),
  mustChangePassword: z.boolean(),
  mustEnrolTotp: z.boolean(),
});

export const SessionSchema = z.object({
  user: SessionUserSchema,
  csrfToken: z.string(),
  idleTimeoutMinutes: z.number().int(),
  demo: z.object({ enabled: z.boolean(), totpOptional: z.boolean() }),
});
export type Session = z.infer<typeof SessionSchema>;

export const PasswordChangeSchema = z
  .object({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) })
  .strict();

export const TotpEnrolSchema = z.object({
  secret: z.string(),
  otpauthUrl: z.string(),
  qrDataUrl: z.string(),
});
export const TotpConfirmSchema = z.object({ code: z.string().regex(/^\d{6}$/) }).strict();

export const ProfilePatchSchema = z
  .object({
    displayName: z.string().trim().min(1).max(50).optional(),
    language: z.enum(LANGS).nullable().optional(),
    email: emailSchema.nullable().optional(),
  })
  .strict();

export const UserSchema = z.object({
  id: z.string().uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  areaCode: z.string().nullable(),
  orgId: z.string().uuid().nullable(),
  email: z
    .string()
    .nullable()
    .meta({ description: "Masked (z***@example.com) unless the caller manages users" }),
  status: z.enum(["active", "disabled"]),
  totpEnabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  mustChangePassword: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type User = z.infer<typeof UserSchema>;

export const UserCreateSchema = z
  .object({
    username: z
      .string()
      .trim()
      .regex(/^[a-zA-Z0-9_.-]{3,32}$/),
    displayName: z.string().trim().min(1).max(50),
    role: z.enum(ROLES),
    password: z.string().min(1).max(256),
    areaCode: areaCodeSchema.nullish(),
    orgId: z.string().uuid().nullish(),
    email: emailSchema.nullish(),
  })
  .strict();

export const UserPatchSchema = z
  .object({
    displayName: z.string().trim().min(1).max(50).optional(),
    role: z.enum(ROLES).optional(),
    areaCode: areaCodeSchema.nullish(),
    orgId: z.string().uuid().nullish(),
    email: emailSchema.nullish(),
    status: z.enum(["active", "disabled"]).optional(),
  })
  .strict();

export const UserListQuerySchema = z
  .object({
    q: z.string().max(64).optional(),
    role: z.enum(ROLES).optional(),
    limit: pageLimitSchema,
    cursor: z.string().max(200).optional(),
  })
  .strict();
export const UserPageSchema = pageOf(UserSchema);

export const LoginEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  username: z.string(),
  success: z.boolean(),
  reason: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});

export const ApiTokenCreateSchema = z
  .object({
    username: z.string().trim().min(1).max(64),
    name: z.string().trim().min(1).max(100),
    days: z.number().int().min(1).max(366).default(90),
    scopes: z
      .array(z.enum(PERMISSIONS))
      .max(20)
      .optional()
      .meta({ description: "Subset of the user's permissions; all of them when omitted" }),
  })
  .strict();
export const ApiTokenSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  username: z.string(),
  scopes: z.array(z.string()),
  expiresAt: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export const ApiTokenCreatedSchema = ApiTokenSchema.extend({
  token: z.string().meta({ description: "Shown once" }),
});
