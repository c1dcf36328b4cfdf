import type { ImportProgress, ImportStage } from '../../shared/library';
import { AppError } from '../../shared/result';

/** One import on its way: the stage it is in, and whether someone asked it to stop. */
export interface ImportJob {
  stage: ImportStage;
  cancelled: boolean;
}

/**
 * The imports running in this process, by the id their caller chose, so the caller can ask how one goes
 * (briefings:importProgress) and cancel it (briefings:cancelImport) while it runs. An import reads and
 * analyses before it stores anything, and looks at `cancelled` between those stages: cancelled before the
 * store's transaction, it leaves nothing; once stored, it is done and can no longer be cancelled.
 */
export class ImportJobs {
  private readonly running = new Map<string, ImportJob>();

  /** Register a job; an import without an id (the CLI, tests) runs unregistered and cannot be cancelled. */
  start(jobId: string | undefined): ImportJob {
    const job: ImportJob = { stage: 'read', cancelled: false };
    if (jobId === undefined) return job;
    if (this.running.has(jobId)) throw new AppError('CONFLICT', '已有一个使用同一编号的导入正在进行');
    this.running.set(jobId, job);
    return job;
  }

  finish(jobId: string | undefined): void {
    if (jobId !== undefined) this.running.delete(jobId);
  }

  progress(jobId: string): ImportProgress {
    const job = this.running.get(jobId);
    return job ? { stage: job.stage, cancelling: job.cancelled } : { stage: null, cancelling: false };
  }

  /** Ask a running job to stop; false when there is none by that id (it has ended, stored or refused). */
  cancel(jobId: string): boolean {
    const job = this.running.get(jobId);
    if (!job) return false;
    job.cancelled = true;
    return true;
  }
}

/** The process's imports: the browser host and the desktop app each run one process, with one store. */
export const importJobs = new ImportJobs();
