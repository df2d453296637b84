import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { HashRouter } from 'react-router-dom';
import { i18n } from '../i18n';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { StatusGate } from './StatusGate';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 }, mutations: { retry: false } },
});

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <HashRouter>
            <StatusGate />
          </HashRouter>
        </QueryClientProvider>
      </ErrorBoundary>
    </I18nextProvider>
  );
}
