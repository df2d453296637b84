import { app, session, shell, type WebContents } from 'electron';
import type { AppEntry } from './securityPolicy';
import { wireSecurity, type WebContentsLike } from './securityWiring';

export type { AppEntry } from './securityPolicy';

/** Applies the app-wide guards to Electron's real objects (the wiring is tested with fakes). */
export function installSecurity(entry: AppEntry): void {
  wireSecurity(
    {
      app: { on: (event, listener) => app.on(event, (e, contents: WebContents) => listener(e, contents as unknown as WebContentsLike)) },
      session: session.defaultSession,
      openExternal: (url) => shell.openExternal(url),
    },
    entry,
  );
}
