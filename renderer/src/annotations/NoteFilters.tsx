import { useId } from 'react';
import type { Annotations } from './context';
import type { NoteOrder } from './panel-state';
import { useStore } from '../ui/use-store';

const orders: readonly { readonly value: NoteOrder; readonly label: string }[] = [
  { value: 'newest', label: '最新在前' },
  { value: 'oldest', label: '最早在前' },
  { value: 'slide', label: '按幻灯片' },
];

/** 作者 / 标签 / 排序: three small menus; "全部" clears a filter. */
export function NoteFilters({ annotations, authors, tags }: { readonly annotations: Annotations; readonly authors: readonly string[]; readonly tags: readonly string[] }) {
  const { panel } = annotations;
  const author = useStore(panel, (s) => s.author);
  const tag = useStore(panel, (s) => s.tag);
  const order = useStore(panel, (s) => s.order);
  const id = useId();
  return (
    <div className="note-filters" role="group" aria-label="筛选与排序">
      <label className="note-filter" htmlFor={`${id}-author`}>
        <span>作者</span>
        <select id={`${id}-author`} value={author ?? ''} onChange={(event) => panel.setState({ author: event.target.value || null })}>
          <option value="">全部</option>
          {/* A filter set before the last note of that author was deleted stays choosable, so it can be cleared. */}
          {[...new Set([...authors, ...(author ? [author] : [])])].map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label className="note-filter" htmlFor={`${id}-tag`}>
        <span>标签</span>
        <select id={`${id}-tag`} value={tag ?? ''} onChange={(event) => panel.setState({ tag: event.target.value || null })}>
          <option value="">全部</option>
          {[...new Set([...tags, ...(tag ? [tag] : [])])].map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label className="note-filter" htmlFor={`${id}-order`}>
        <span>排序</span>
        <select id={`${id}-order`} value={order} onChange={(event) => panel.setState({ order: orders.find((o) => o.value === event.target.value)?.value ?? 'newest' })}>
          {orders.map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
