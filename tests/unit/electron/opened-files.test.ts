import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOpenQueue, filesInCommandLine } from '../../../main/electron/opened-files';

describe('a file the OS asks the app to open', () => {
  it('is found on the command line: reports and prepared briefings, not the app’s folder or switches', () => {
    const argv = ['/opt/Briefing/briefing', '.', '--no-sandbox', '会前准备.briefing', '/home/u/报告.DOCX', '/home/u/notes.odt', '-psn_0_123'];
    expect(filesInCommandLine(argv, '/home/u/下载')).toEqual([join('/home/u/下载', '会前准备.briefing'), '/home/u/报告.DOCX']);
    expect(filesInCommandLine(['C:\\Briefing\\Briefing.exe'], 'C:\\')).toEqual([]);
  });

  it('waits until the page listens, then goes to it in order; later ones go at once', () => {
    const delivered: string[] = [];
    const queue = createOpenQueue((path) => delivered.push(path));
    queue.open('/a.briefing');
    queue.open('/b.docx');
    expect(delivered).toEqual([]);
    queue.pageListening();
    expect(delivered).toEqual(['/a.briefing', '/b.docx']);
    queue.open('/c.briefing');
    queue.pageListening();
    expect(delivered).toEqual(['/a.briefing', '/b.docx', '/c.briefing']);
  });
});
