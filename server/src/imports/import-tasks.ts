import type { TaskList } from 'graphile-worker';
import { DEFAULT_UNCONFIRMED_IMPORT_MAX_AGE_HOURS } from '../config/config';
import { parseTicketPatterns } from '../config/transfer-config';
import type { RequestTx } from '../db/request-tx';
import { parseImport } from './parse-import-task';
import { purgeUnconfirmedImports } from './purge-unconfirmed-imports';

/** The import settings a worker needs; unset, the configuration's defaults apply. */
export interface ImportTaskSettings {
  ticketPatterns: RegExp[];
  unconfirmedMaxAgeHours: number;
}

/** Background reading of large imports, and the purge of unconfirmed ones. */
export function importTasks(withRequestTx: RequestTx, settings?: ImportTaskSettings): TaskList {
  return {
    parse_import: parseImport({
      withRequestTx,
      ticketPatterns: settings?.ticketPatterns ?? parseTicketPatterns(undefined),
    }),
    purge_unconfirmed_imports: purgeUnconfirmedImports(
      settings?.unconfirmedMaxAgeHours ?? DEFAULT_UNCONFIRMED_IMPORT_MAX_AGE_HOURS,
    ),
  };
}
