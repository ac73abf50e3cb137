/**
 * The comment the user means when they press the shortcut or open the context menu: the one right-clicked
 * (context menu), else the one last clicked or focused, else the one under the pointer. Old picks expire.
 */
export class PrintTarget {
  private contextId: string | undefined;
  private contextAt = 0;
  private pointedId: string | undefined;
  private pointedAt = 0;

  constructor(
    private readonly commentIdOf: (node: Node) => string | undefined,
    private readonly clock: () => number = () => Date.now(),
    private readonly ttlMs = 60_000,
  ) {}

  /** Attaches to a document; returns the detach function. */
  attach(doc: Document): () => void {
    const onContext = (e: Event) => {
      if (e.target instanceof Node) this.noteContext(e.target);
    };
    const onPoint = (e: Event) => {
      if (e.target instanceof Node) this.notePointed(e.target);
    };
    doc.addEventListener('contextmenu', onContext, true);
    doc.addEventListener('pointerdown', onPoint, true);
    doc.addEventListener('pointerover', onPoint, true);
    doc.addEventListener('focusin', onPoint, true);
    return () => {
      doc.removeEventListener('contextmenu', onContext, true);
      doc.removeEventListener('pointerdown', onPoint, true);
      doc.removeEventListener('pointerover', onPoint, true);
      doc.removeEventListener('focusin', onPoint, true);
    };
  }

  noteContext(node: Node): void {
    this.contextId = this.commentIdOf(node);
    this.contextAt = this.clock();
  }

  notePointed(node: Node): void {
    const id = this.commentIdOf(node);
    // Moving over the page's blank parts keeps the last comment: the pointer often rests beside it.
    if (id === undefined) return;
    this.pointedId = id;
    this.pointedAt = this.clock();
  }

  current(): string | undefined {
    const now = this.clock();
    if (this.contextId !== undefined && now - this.contextAt <= this.ttlMs) return this.contextId;
    if (this.pointedId !== undefined && now - this.pointedAt <= this.ttlMs) return this.pointedId;
    return undefined;
  }
}
