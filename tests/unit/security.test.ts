import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAllowedExternalUrl, isTrustedSender, permissionDecision, secureWebPreferences, shouldAllowNavigation } from '../../src/main/securityPolicy';

const appEntry = { appUrl: 'coulisses://app/index.html' };
const devEntry = { devServer: 'http://localhost:5173' };

describe('security policy', () => {
  it('web preferences are locked down', () => {
    const p = secureWebPreferences('/x/preload.cjs');
    expect(p).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, allowRunningInsecureContent: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, navigateOnDragDrop: false });
    expect(p.experimentalFeatures).toBe(false);
  });

  it('the CSP allows only our own scripts, never eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    const html = fs.readFileSync('src/renderer/index.html', 'utf8');
    const meta = /Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(meta).toContain("script-src 'self'");
    expect(meta).not.toContain('unsafe-eval');
    expect(meta.split(';').find((d) => d.trim().startsWith('script-src'))).not.toContain('unsafe-inline');
  });

  it('navigation stays inside the app', () => {
    expect(shouldAllowNavigation('coulisses://app/index.html#/audit', appEntry)).toBe(true);
    expect(shouldAllowNavigation('coulisses://app/', appEntry)).toBe(true);
    for (const away of ['coulisses://app/assets/x.js', 'coulisses://other/index.html', 'coulisses://app:8080/index.html', 'coulisses://u@app/index.html', 'file:///opt/Coulisses/resources/app.asar/out/renderer/index.html', 'file:///etc/passwd', 'https://evil.example/', 'https://app/index.html']) {
      expect(shouldAllowNavigation(away, appEntry), away).toBe(false);
    }
    expect(shouldAllowNavigation('http://localhost:5173/#/calendar', devEntry)).toBe(true);
    expect(shouldAllowNavigation('http://localhost:5174/', devEntry)).toBe(false);
    expect(shouldAllowNavigation('not a url', appEntry)).toBe(false);
  });

  it('external links: https on the allowlist and mailto only', () => {
    expect(isAllowedExternalUrl('https://skillshop.exceedlms.com/student/catalog')).toBe(true);
    expect(isAllowedExternalUrl('mailto:manager@example.com')).toBe(true);
    for (const bad of ['http://skillshop.exceedlms.com/', 'javascript:alert(1)', 'file:///etc/passwd', 'coulisses://x', 'https://evil.example/', 'https://skillshop.exceedlms.com.evil.example/', 'https://user:pw@skillshop.exceedlms.com/', 'https://skillshop.exceedlms.com:8443/', 'vbscript:x', 'data:text/html,hi', 'mailto:']) {
      expect(isAllowedExternalUrl(bad), bad).toBe(false);
    }
  });

  it('IPC senders: only the main frame showing our page', () => {
    expect(isTrustedSender('coulisses://app/index.html#/settings', true, appEntry)).toBe(true);
    expect(isTrustedSender('coulisses://app/index.html', false, appEntry)).toBe(false);
    expect(isTrustedSender('file:///opt/Coulisses/resources/app.asar/out/renderer/index.html', true, appEntry)).toBe(false);
    expect(isTrustedSender('https://evil.example/', true, appEntry)).toBe(false);
    expect(isTrustedSender(undefined, true, appEntry)).toBe(false);
  });

  it('every permission request is denied', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) expect(permissionDecision(p)).toBe(false);
  });

  it('electron-builder turns the dangerous fuses off and unpacks better-sqlite3', () => {
    const yml = fs.readFileSync('electron-builder.yml', 'utf8');
    expect(yml).toMatch(/runAsNode:\s*false/);
    expect(yml).toMatch(/enableNodeOptionsEnvironmentVariable:\s*false/);
    expect(yml).toMatch(/enableNodeCliInspectArguments:\s*false/);
    expect(yml).toMatch(/enableEmbeddedAsarIntegrityValidation:\s*true/);
    expect(yml).toMatch(/onlyLoadAppFromAsar:\s*true/);
    expect(yml).toMatch(/asarUnpack:[\s\S]*better-sqlite3/);
    expect(yml).toMatch(/grantFileProtocolExtraPrivileges:\s*false/);
  });
});
