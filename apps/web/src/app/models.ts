import { element } from "./dom.js";

export interface ModelOption {
  id: string;
  label: string;
}

/**
 * The model selection and order: a checkbox per model and buttons to move it
 * up and down, all operable by keyboard; each move is announced. The result is
 * what the CLI's --models takes.
 */
export class ModelChooser {
  private models: ModelOption[] = [];
  private order: string[] = [];
  private readonly selected = new Set<string>();

  constructor(
    private readonly list: HTMLOListElement,
    private readonly announce: HTMLElement,
    private readonly onChange: () => void,
  ) {}

  /** Shows a circular's models, all selected, in the circular's order. */
  setModels(models: ModelOption[]): void {
    this.models = models;
    this.order = models.map((m) => m.id);
    this.selected.clear();
    for (const m of models) this.selected.add(m.id);
    this.draw();
  }

  /** The selected ids in the chosen order. */
  selectedIds(): string[] {
    return this.order.filter((id) => this.selected.has(id));
  }

  /** What to pass as `models`: undefined when it is every model in the circular's order (the CLI's default). */
  selection(): string[] | undefined {
    const ids = this.selectedIds();
    const all = this.models.map((m) => m.id);
    return ids.length === all.length && ids.every((id, i) => id === all[i]) ? undefined : ids;
  }

  hasModels(): boolean {
    return this.models.length > 0;
  }

  private label(id: string): string {
    return this.models.find((m) => m.id === id)?.label ?? id;
  }

  private move(id: string, by: -1 | 1): void {
    const from = this.order.indexOf(id);
    const to = from + by;
    if (to < 0 || to >= this.order.length) {
      this.announce.textContent = `${this.label(id)} steht schon an ${by < 0 ? "erster" : "letzter"} Stelle.`;
      return;
    }
    [this.order[from], this.order[to]] = [this.order[to]!, this.order[from]!];
    this.draw();
    this.list.querySelector<HTMLButtonElement>(`button[data-id="${id}"][data-move="${by}"]`)?.focus();
    this.announce.textContent = `${this.label(id)} steht jetzt an Stelle ${to + 1} von ${this.order.length}.`;
    this.onChange();
  }

  private draw(): void {
    this.list.replaceChildren(
      ...this.order.map((id, index) => {
        const label = this.label(id);
        const item = element("li", { "data-id": id });
        const box = element("input", { type: "checkbox", id: `modell-${id}` });
        box.checked = this.selected.has(id);
        box.addEventListener("change", () => {
          if (box.checked) this.selected.add(id);
          else this.selected.delete(id);
          this.onChange();
        });
        const check = element("label", { class: "check", for: `modell-${id}` });
        check.append(box, ` ${label}`);
        const buttons = ([-1, 1] as const).map((by) => {
          const text = by < 0 ? "Nach oben" : "Nach unten";
          const button = element("button", { type: "button", class: "small", "data-id": id, "data-move": String(by), "aria-label": `${text}: ${label}` }, text);
          button.addEventListener("click", () => this.move(id, by));
          return button;
        });
        const moves = element("div", { class: "moves" });
        moves.append(...buttons);
        item.append(element("span", { class: "position", "aria-hidden": "true" }, `${index + 1}.`), check, moves);
        return item;
      }),
    );
  }
}
