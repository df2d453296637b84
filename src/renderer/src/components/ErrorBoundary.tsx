import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../i18n';

interface State {
  error: Error | null;
}

/** Catches a rendering failure and offers a reload; data lives in main, so nothing is lost. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Render error', error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    const t = i18n.t.bind(i18n);
    return (
      <div className="fatal" role="alert">
        <h1>{t('fatal.title')}</h1>
        <p>{t('fatal.body')}</p>
        <pre className="fatal-detail">{this.state.error.message}</pre>
        <button type="button" className="btn primary" onClick={() => location.reload()}>
          {t('fatal.reload')}
        </button>
      </div>
    );
  }
}
