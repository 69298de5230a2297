/**
 * The services: business rules over the store and the engine, grouped by
 * domain. API method `x.y` is function `y` of service `x`, made in `./x.ts`.
 * Handlers call these and nothing else; nothing here knows which transport a
 * call came through.
 */
import type { ProgressEvent } from '@shared/api/contract';
import type { Db } from '../store';
import { createAdviceService } from './advice';
import { createAlertService, type NewAlertsEvent } from './alerts';
import { createAppService } from './app';
import { createCatalogService } from './catalog';
import { defaultNewId, type ServiceContext } from './context';
import { createDeviceService } from './devices';
import { createHouseholdService } from './households';
import { createLineService } from './lines';
import { createMemberService } from './members';
import { createPlanService } from './plan';
import { createScenarioService } from './scenario';
import { createSettingsService } from './settings';
import { createHistoryService } from './history';
import { createReadingService } from './readings';
import { createUsageService } from './usage';
import { createWhatIfService } from './whatifs';

export interface ServicesOptions {
  db: Db;
  dbPath: string;
  mode: 'electron' | 'browser';
  version: string;
  onProgress?: (event: ProgressEvent) => void;
  /**
   * Shows a desktop notification for alerts just created; returns true when it
   * did. Without it (browser mode, the CLI) the page shows them.
   */
  onNewAlerts?: (event: NewAlertsEvent) => boolean;
  /** The clock (tests pin it); defaults to the system clock. */
  now?: () => Date;
  /** Id generator (tests may make ids predictable); defaults to crypto.randomUUID. */
  newId?: () => string;
  /** See ServiceContext.swapDataFile. */
  swapDataFile?: (source: string) => void;
  /** On a read-only connection (the reader worker): nothing is written, not even the purge at open. */
  readOnly?: boolean;
}

export function createServices(options: ServicesOptions) {
  const ctx: ServiceContext = {
    db: options.db,
    dbPath: options.dbPath,
    mode: options.mode,
    version: options.version,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? defaultNewId,
    progress: options.onProgress ?? (() => undefined),
    swapDataFile: options.swapDataFile,
  };
  const lines = createLineService(ctx);
  const devices = createDeviceService(ctx);
  const households = createHouseholdService(ctx, lines, devices);
  const catalog = createCatalogService(ctx);
  const plan = createPlanService(ctx, households, catalog);
  const services = {
    /** The data file's path, for error messages that must name it. */
    dataFile: options.dbPath,
    app: createAppService(ctx),
    settings: createSettingsService(ctx),
    households,
    whatifs: createWhatIfService(ctx),
    members: createMemberService(ctx),
    devices,
    lines,
    plan,
    readings: createReadingService(ctx),
    history: createHistoryService(ctx),
    usage: createUsageService(ctx),
    scenario: createScenarioService(ctx, households),
    catalog,
    advice: createAdviceService(catalog),
    alerts: createAlertService(ctx, households, plan, options.onNewAlerts ?? (() => false)),
  };
  // Opening the app is when soft-deleted households past their undo window go for good.
  if (!options.readOnly) households.purgeExpired();
  return services;
}

export type Services = ReturnType<typeof createServices>;
