import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { wireSecurity, type CancellableEvent, type WebContentsLike } from '../../src/main/securityWiring';

// The wiring of the security decisions to Electron's objects, through fakes that record what is
// installed, so that the events Electron would fire can be fired here.
class FakeContents extends EventEmitter implements WebContentsLike {
  openHandler: ((d: { url: string }) => { action: 'deny' }) | null = null;
  setWindowOpenHandler(handler: (d: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }
  /** Fires `name` like Electron and says whether a listener cancelled it. */
  fire(name: string, url?: string): boolean {
    let prevented = false;
    const event: CancellableEvent = { preventDefault: () => (prevented = true) };
    this.emit(name, event, url);
    return prevented;
  }
}

function setUp() {
  const app = new EventEmitter();
  const session = {
    request: null as null | ((wc: unknown, p: string, cb: (g: boolean) => void) => void),
    check: null as null | ((wc: unknown, p: string) => boolean),
    setPermissionRequestHandler(h: (wc: unknown, p: string, cb: (g: boolean) => void) => void) {
      this.request = h;
    },
    setPermissionCheckHandler(h: (wc: unknown, p: string) => boolean) {
      this.check = h;
    },
  };
  const opened: string[] = [];
  wireSecurity({ app: app as never, session, openExternal: (url) => opened.push(url) }, { appUrl: 'coulisses://app/index.html' });
  const contents = new FakeContents();
  app.emit('web-contents-created', {}, contents);
  return { session, contents, opened };
}

describe('security wiring (fake session and web contents)', () => {
  it('refuses every permission request and check through the installed handlers', () => {
    const { session } = setUp();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const answers: boolean[] = [];
      session.request!({}, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
      expect(session.check!({}, permission), permission).toBe(false);
    }
  });

  it('cancels navigation, frame navigation and redirects away from the app, and allows its own routes', () => {
    const { contents } = setUp();
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(contents.fire(name, 'https://evil.example/'), name).toBe(true);
      expect(contents.fire(name, 'file:///etc/passwd'), name).toBe(true);
      expect(contents.fire(name, 'coulisses://app/assets/x.js'), name).toBe(true);
      expect(contents.fire(name, 'coulisses://app/index.html#/calendar'), name).toBe(false);
    }
  });

  it('never attaches a webview', () => {
    expect(setUp().contents.fire('will-attach-webview')).toBe(true);
  });

  it('denies window.open, opening only allowlisted https and mailto links in the browser', () => {
    const { contents, opened } = setUp();
    expect(contents.openHandler).not.toBeNull();
    for (const url of ['https://skillshop.exceedlms.com/x', 'mailto:boss@example.com', 'https://evil.example/', 'javascript:alert(1)', 'coulisses://app/index.html', 'file:///etc/passwd']) {
      expect(contents.openHandler!({ url }), url).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['https://skillshop.exceedlms.com/x', 'mailto:boss@example.com']);
  });
});
