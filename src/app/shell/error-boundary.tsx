import { Component, type ReactNode } from 'react';

type Props = { children: ReactNode; fallback: (error: Error) => ReactNode };

/** Catches a render error below it so one broken screen shows a message instead of a blank page. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
