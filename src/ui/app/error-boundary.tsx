// Keeps one failing pane from blanking the page; resets when `resetKey` changes (a new doc).
import { Component, type ComponentType, type ReactNode } from 'react';

export interface FallbackProps {
  error: Error;
  retry: () => void;
}

interface Props {
  resetKey: unknown;
  Fallback: ComponentType<FallbackProps>;
  children: ReactNode;
}

interface State {
  error: Error | null;
  key: unknown;
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  render() {
    const { Fallback } = this.props;
    if (this.state.error) return <Fallback error={this.state.error} retry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
