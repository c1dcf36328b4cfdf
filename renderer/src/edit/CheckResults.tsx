import type { CheckFinding } from '../../../main/shared/deck-edits';

interface CheckResultsProps {
  readonly findings: readonly CheckFinding[];
  /** Opens a finding's slide in the editor; findings without a slide (an orphaned edit) have no link. */
  readonly onOpen: (slideKey: string) => void;
  readonly onClose: () => void;
}

/** The findings of 检查, each in the core's own words and linked to its slide. */
export function CheckResults({ findings, onOpen, onClose }: CheckResultsProps) {
  return (
    <section className="edit-check" aria-label="检查结果" data-clean={findings.length === 0}>
      <header>
        <h2>{findings.length === 0 ? '检查通过：幻灯片上的每个数字都来自报告' : `检查发现 ${findings.length} 个问题`}</h2>
        <button type="button" className="edit-button" onClick={onClose}>
          关闭
        </button>
      </header>
      {findings.length > 0 && (
        <ul>
          {findings.map((finding, at) => (
            <li key={at}>
              {'slideKey' in finding ? (
                <button type="button" className="edit-finding" onClick={() => onOpen(finding.slideKey)}>
                  <span className="edit-finding-slide">{finding.slideTitle}</span>
                  {finding.message}
                </button>
              ) : (
                <p className="edit-finding">{finding.message}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
