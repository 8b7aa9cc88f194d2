import { Button, Result } from "antd";
import { Component, type ErrorInfo, type ReactNode } from "react";
import { useI18n } from "../i18n/I18nProvider";

interface Props {
  children: ReactNode;
  resetKey?: string;
}

interface State {
  error: Error | null;
  key: string | undefined;
}

class Boundary extends Component<Props & { title: string; retry: string }, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      const chunkFailed = /dynamically imported module|Loading chunk/i.test(this.state.error.message);
      return (
        <Result
          status="error"
          title={this.props.title}
          subTitle={this.state.error.message}
          extra={
            <Button
              type="primary"
              onClick={() => (chunkFailed ? window.location.reload() : this.setState({ error: null }))}
            >
              {this.props.retry}
            </Button>
          }
        />
      );
    }
    return this.props.children;
  }
}

/** Catches render errors of a page (and failed lazy chunks) and shows them in place of the page. */
export function ErrorBoundary({ children, resetKey }: Props) {
  const { t } = useI18n();
  return (
    <Boundary resetKey={resetKey} title={t("error.pageCrashed")} retry={t("common.retry")}>
      {children}
    </Boundary>
  );
}
