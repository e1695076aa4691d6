/**
 * The facts desk's search, filters and sorting, on top of a table that
 * reads without them. Rows match as the filter pages do (`fact-filters.ts`):
 * a place matches its own facts and those of every place within it, read
 * from `data-within`. The URL keeps the state (`?place=horgos&kind=trains`),
 * so a filtered view can be shared; the same URL gives the same rows.
 */
const deskForm = document.querySelector<HTMLFormElement>('form.facts-filter');
const deskTable = document.querySelector<HTMLTableElement>('table.facts-table');
if (deskForm && deskTable?.tBodies[0]) desk(deskForm, deskTable, deskTable.tBodies[0]);

/** Case and accents folded, so `horgos` finds `Horgos` and `urumqi` finds `Ürümqi`. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function desk(form: HTMLFormElement, table: HTMLTableElement, body: HTMLTableSectionElement): void {
  const field = <T extends Element>(name: string) => form.elements.namedItem(name) as T;
  const search = field<HTMLInputElement>('q');
  const place = field<HTMLSelectElement>('place');
  const kind = field<HTMLSelectElement>('kind');
  const status = form.querySelector<HTMLElement>('.shown')!;
  const rows = [...body.rows];
  const text = new Map(rows.map((r) => [r, fold(`${r.textContent ?? ''} ${r.dataset.names ?? ''}`)]));
  const within = new Map(rows.map((r) => [r, new Set((r.dataset.within ?? '').split(' '))]));
  const headers = [...table.tHead!.rows[0]!.cells];
  let sort: { column: string; descending: boolean } | null = null;

  const apply = (record: boolean) => {
    const terms = fold(search.value).split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const row of rows) {
      const match = (!place.value || within.get(row)!.has(place.value)) && (!kind.value || row.dataset.kind === kind.value) && terms.every((t) => text.get(row)!.includes(t));
      row.hidden = !match;
      if (match) shown += 1;
    }
    status.textContent = (form.dataset.shown ?? '').replace('{shown}', String(shown)).replace('{total}', String(rows.length));
    if (record) remember();
  };

  const remember = () => {
    const params = new URLSearchParams(location.search);
    const set = (key: string, value: string) => (value ? params.set(key, value) : params.delete(key));
    set('q', search.value.trim());
    set('place', place.value);
    set('kind', kind.value);
    set('sort', sort ? `${sort.column}${sort.descending ? '-desc' : ''}` : '');
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  };

  const key = (row: HTMLTableRowElement, column: string) => {
    const cell = row.querySelector<HTMLElement>(`td[data-column="${column}"]`);
    return cell?.dataset.sort ?? cell?.textContent?.trim() ?? '';
  };
  const order = (column: string, descending: boolean) => {
    const numeric = rows.every((r) => key(r, column) !== '' && Number.isFinite(Number(key(r, column))));
    const compare = (a: HTMLTableRowElement, b: HTMLTableRowElement) => {
      const [x, y] = [key(a, column), key(b, column)];
      return numeric ? Number(x) - Number(y) : x.localeCompare(y, undefined, { numeric: true, sensitivity: 'base' });
    };
    const sorted = [...rows].sort((a, b) => (descending ? compare(b, a) : compare(a, b)) || rows.indexOf(a) - rows.indexOf(b));
    body.append(...sorted);
    sort = { column, descending };
    for (const th of headers) {
      if (th.dataset.column === column) th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    }
  };

  for (const th of headers) {
    const column = th.dataset.column!;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent;
    button.setAttribute('aria-label', (form.dataset.sortBy ?? '{column}').replace('{column}', th.textContent ?? ''));
    button.addEventListener('click', () => {
      order(column, sort?.column === column && !sort.descending);
      remember();
    });
    th.replaceChildren(button);
  }

  const params = new URLSearchParams(location.search);
  const choose = (select: HTMLSelectElement, value: string | null) => {
    if (value && [...select.options].some((o) => o.value === value)) select.value = value;
  };
  search.value = params.get('q') ?? '';
  choose(place, params.get('place'));
  choose(kind, params.get('kind'));
  const sorted = /^([a-zA-Z]+)(-desc)?$/.exec(params.get('sort') ?? '');
  if (sorted && headers.some((th) => th.dataset.column === sorted[1])) order(sorted[1]!, Boolean(sorted[2]));

  form.hidden = false;
  form.addEventListener('input', () => apply(true));
  form.addEventListener('change', () => apply(true));
  form.addEventListener('submit', (event) => event.preventDefault());
  // The reset has cleared the fields once its event is done.
  form.addEventListener('reset', () => setTimeout(() => apply(true)));
  apply(false);
}
