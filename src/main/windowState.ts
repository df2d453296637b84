import fs from 'node:fs';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Reads the saved bounds; drops a position that no longer lies on any display. */
export function loadWindowState(file: string, displays: Area[]): WindowState {
  let state: WindowState = DEFAULT_WINDOW_STATE;
  try {
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<WindowState>;
    if (typeof raw.width === 'number' && typeof raw.height === 'number') {
      state = { width: Math.max(800, raw.width), height: Math.max(560, raw.height), maximized: raw.maximized === true, x: raw.x, y: raw.y };
    }
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
  if (typeof state.x === 'number' && typeof state.y === 'number') {
    const { x, y } = state;
    const visible = displays.some((d) => x >= d.x - 50 && y >= d.y - 50 && x < d.x + d.width - 100 && y < d.y + d.height - 100);
    if (!visible) state = { ...state, x: undefined, y: undefined };
  }
  return state;
}

export function saveWindowState(file: string, state: WindowState): void {
  try {
    fs.writeFileSync(file, JSON.stringify(state));
  } catch {
    // Losing the window position is harmless.
  }
}
