import type { ImportProgress, ImportStage } from '../../shared/library';
import { AppError } from '../../shared/result';

/** One import on its way: the stage it is in, and whether someone asked it to stop. */
export interface ImportJob {
  stage: ImportStage;
  cancelled: boolean;
}

/** How many ended and early-cancelled ids are remembered: far more than imports a person starts in a session. */
const rememberedIds = 200;

/** A set that forgets its oldest entries beyond `limit`. */
class RecentIds {
  private readonly ids = new Set<string>();
  add(id: string): void {
    this.ids.add(id);
    for (const oldest of this.ids) {
      if (this.ids.size <= rememberedIds) break;
      this.ids.delete(oldest);
    }
  }
  has(id: string): boolean {
    return this.ids.has(id);
  }
  delete(id: string): boolean {
    return this.ids.delete(id);
  }
}

/**
 * The imports running in this process, by the id their caller chose, so the caller can ask how one goes
 * (briefings:importProgress) and cancel it (briefings:cancelImport) while it runs. An import reads and
 * analyses before it stores anything, and looks at `cancelled` between those stages: cancelled before the
 * store's transaction, it leaves nothing; once stored, it is done and can no longer be cancelled.
 *
 * The cancel and the import travel separately (two requests, two invokes), so a cancel can arrive before
 * the import it names: its id is remembered and that import stops as it starts.
 */
export class ImportJobs {
  private readonly running = new Map<string, ImportJob>();
  private readonly ended = new RecentIds();
  private readonly cancelledEarly = new RecentIds();

  /** Register a job; an import without an id (the CLI, tests) runs unregistered and cannot be cancelled. */
  start(jobId: string | undefined): ImportJob {
    const job: ImportJob = { stage: 'read', cancelled: false };
    if (jobId === undefined) return job;
    if (this.running.has(jobId) || this.ended.has(jobId)) throw new AppError('CONFLICT', '已有一个使用同一编号的导入');
    job.cancelled = this.cancelledEarly.delete(jobId);
    this.running.set(jobId, job);
    return job;
  }

  finish(jobId: string | undefined): void {
    if (jobId === undefined) return;
    this.running.delete(jobId);
    this.ended.add(jobId);
  }

  progress(jobId: string): ImportProgress {
    const job = this.running.get(jobId);
    return job ? { stage: job.stage, cancelling: job.cancelled } : { stage: null, cancelling: false };
  }

  /**
   * Ask a job to stop: true when it will (it runs, or has not arrived yet); false when it has ended (stored
   * its briefing, or been refused) and there is nothing left to stop.
   */
  cancel(jobId: string): boolean {
    const job = this.running.get(jobId);
    if (job) {
      job.cancelled = true;
      return true;
    }
    if (this.ended.has(jobId)) return false;
    this.cancelledEarly.add(jobId);
    return true;
  }
}

/** The process's imports: the browser host and the desktop app each run one process, with one store. */
export const importJobs = new ImportJobs();
