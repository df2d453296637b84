import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES } from '../shared/contract/channelNames';

// One method per channel, nothing else: no generic invoke, no ipcRenderer on the page.
const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
for (const channel of CHANNEL_NAMES) api[channel] = (input?: unknown) => ipcRenderer.invoke(channel, input);

contextBridge.exposeInMainWorld('api', Object.freeze(api));
contextBridge.exposeInMainWorld('coulissesHost', 'electron');
