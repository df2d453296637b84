import { ipcMain } from 'electron';
import { CHANNEL_NAMES } from '../../shared/contract/channelNames';
import { isTrustedSender } from '../securityPolicy';
import type { AppEntry } from '../security';
import type { Result } from '../../shared/contract/result';

/** One ipcMain handler per channel; each checks its sender before dispatching. */
export function registerIpc(call: (channel: string, input: unknown) => Promise<Result<unknown>>, entry: AppEntry): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, input: unknown) => {
      const frame = event.senderFrame;
      if (!isTrustedSender(frame?.url, frame !== null && frame === event.sender.mainFrame, entry)) {
        return { ok: false, error: { code: 'forbidden', message: 'This request did not come from the app window.' } };
      }
      return call(channel, input);
    });
  }
}
