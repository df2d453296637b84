// The Result type every IPC call answers with. Errors carry a stable code (translated by the UI
// under `errors.<code>`), an English fallback message and optional parameters for the message.

export type ErrorParams = Record<string, string | number>;

export interface AppErrorShape {
  code: string;
  message: string;
  params?: ErrorParams;
  /** For validation errors: where in the input the problem is. */
  issues?: { path: string; code: string; message: string }[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export const ERROR_CODES = [
  'unknown_channel',
  'invalid_input',
  'internal',
  'not_found',
  'conflict',
  'overlap',
  'timer_running',
  'timer_not_running',
  'category_in_use',
  'read_only',
  'disk_full',
  'busy',
  'db_newer',
  'db_corrupt',
  'db_unopenable',
  'backup_failed',
  'import_invalid',
  'import_too_large',
  'import_expired',
  'recovery_mode',
  'forbidden',
  'retake_blocked',
  'session_running',
  'retake_too_close',
  'db_replaced',
  'io_error',
  'folder_locked',
  'charter_frozen',
  'charter_draft_exists',
  'charter_sign_date',
  'exception_exists',
  // veille (monitoring)
  'veille_citation_required',
  'veille_duplicate',
  'veille_source_exists',
  'veille_source_in_use',
  'veille_item_cited',
  'veille_fetch_off',
  'veille_report_delivered',
  'veille_report_draft',
  'veille_report_decided',
  'veille_opml_invalid',
  // reply protocol
  'bad_pattern',
  'ban_needs_article',
  'case_transition',
  'type_in_use',
  'no_reactive_category',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly params?: ErrorParams,
    public readonly issues?: AppErrorShape['issues'],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toShape(): AppErrorShape {
    const shape: AppErrorShape = { code: this.code, message: this.message };
    if (this.params) shape.params = this.params;
    if (this.issues) shape.issues = this.issues;
    return shape;
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppErrorShape): Result<never> => ({ ok: false, error });
