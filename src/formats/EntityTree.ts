import type { Diagnostic, DiagnosticCode } from "../model/Diagnostic";
import { createDiagnostic } from "./createDiagnostic";
import { extendPath } from "./extendPath";

/** Paths deeper than this many subsegment levels show their first and last levels only. */
const pathEnds = 16;

interface Repair {
  readonly dropFields: string[];
  readonly dropAnnotations: string[];
  readonly dropChildren: number[];
}

/**
 * The entities of one document in visit order (frame 0 is the document), with what the validation
 * found: diagnostics and repairs. Frames live in parallel arrays (no object per entity); repairs
 * are recorded per frame and applied at the end by copying only the repaired entities and their
 * ancestors, so the parsed input is never mutated and valid documents are returned as they are.
 */
export class EntityTree {
  readonly entities: unknown[] = [];
  /** Parent frame of each frame (-1 for the document). */
  readonly parents: number[] = [];
  /** Index of each frame in its parent's `subsegments` array. */
  readonly indices: number[] = [];
  /** Frame of the first child of each frame (children are consecutive), -1 without children. */
  readonly firstChild: number[] = [];
  readonly depths: number[] = [];
  /** Ancestor of each frame at depth `pathEnds` (or the frame itself when shallower). */
  readonly heads: number[] = [];
  private repairs: Map<number, Repair> | undefined;
  private dirty: Set<number> | undefined;

  constructor(
    root: Record<string, unknown>,
    readonly documentIndex: number,
    readonly location: string,
    readonly diagnostics: Diagnostic[],
    readonly traceId: string | undefined,
    readonly segmentId: string | undefined,
  ) {
    this.entities.push(root);
    this.parents.push(-1);
    this.indices.push(-1);
    this.firstChild.push(-1);
    this.depths.push(0);
    this.heads.push(0);
  }

  /** Adds the elements of `children` as frames under `parent`; returns the first new frame. */
  addChildren(parent: number, children: readonly unknown[]): number {
    const first = this.entities.length;
    const depth = this.depths[parent] + 1;
    const head = depth > pathEnds ? this.heads[parent] : -1;
    this.firstChild[parent] = first;
    for (let i = 0; i < children.length; i++) {
      this.entities.push(children[i]);
      this.parents.push(parent);
      this.indices.push(i);
      this.firstChild.push(-1);
      this.depths.push(depth);
      this.heads.push(head === -1 ? first + i : head);
    }
    return first;
  }

  /** Records a warning about `frame` (its field `inner`, e.g. `.cause`). */
  warn(frame: number, code: DiagnosticCode, message: string, inner: string): void {
    this.diagnostics.push(
      createDiagnostic(
        code,
        "warning",
        message,
        this.documentIndex,
        extendPath(this.location, this.innerPath(frame) + inner),
        this.traceId,
        this.segmentId,
      ),
    );
  }

  /** Removes field `key` of `frame` from the output. */
  dropField(frame: number, key: string): void {
    this.repair(frame).dropFields.push(key);
  }

  /** Removes annotation `key` of `frame` from the output. */
  dropAnnotation(frame: number, key: string): void {
    this.repair(frame).dropAnnotations.push(key);
  }

  /** Removes the subsegment `frame` (and everything under it) from its parent in the output. */
  dropSubtree(frame: number): void {
    this.repair(this.parents[frame]).dropChildren.push(this.indices[frame]);
  }

  /** The in-document path of `frame`: `.subsegments[1].subsegments[0]` (abbreviated when deep). */
  innerPath(frame: number): string {
    const depth = this.depths[frame];
    if (depth <= 2 * pathEnds) return this.steps(frame, depth);
    const head = this.heads[frame];
    const omitted = depth - 2 * pathEnds;
    return `${this.steps(head, pathEnds)}…(${omitted} more levels)…${this.steps(frame, pathEnds)}`;
  }

  /** The output document: the input root, or a copy with the recorded repairs applied. */
  result(): Record<string, unknown> {
    const root = this.entities[0] as Record<string, unknown>;
    if (this.dirty === undefined) return root;
    const order = [...this.dirty].sort((a, b) => b - a);
    const copies = new Map<number, Record<string, unknown>>();
    for (const frame of order) {
      copies.set(frame, this.copyEntity(frame, copies));
    }
    return copies.get(0) ?? root;
  }

  private copyEntity(
    frame: number,
    copies: ReadonlyMap<number, Record<string, unknown>>,
  ): Record<string, unknown> {
    const entity = this.entities[frame] as Record<string, unknown>;
    const copy: Record<string, unknown> = { ...entity };
    const repair = this.repairs?.get(frame);
    if (repair !== undefined) {
      for (const key of repair.dropFields) delete copy[key];
      if (repair.dropAnnotations.length > 0) {
        const annotations: Record<string, unknown> = { ...(entity.annotations as object) };
        for (const key of repair.dropAnnotations) delete annotations[key];
        copy.annotations = annotations;
      }
    }
    const children = entity.subsegments;
    const first = this.firstChild[frame];
    if (first !== -1 && Object.hasOwn(copy, "subsegments") && Array.isArray(children)) {
      const dropped = repair === undefined ? [] : repair.dropChildren;
      const kept: unknown[] = [];
      for (let i = 0; i < children.length; i++) {
        if (dropped.length === 0 || !dropped.includes(i)) {
          kept.push(copies.get(first + i) ?? children[i]);
        }
      }
      copy.subsegments = kept;
    }
    return copy;
  }

  private repair(frame: number): Repair {
    this.repairs ??= new Map();
    let repair = this.repairs.get(frame);
    if (repair === undefined) {
      repair = { dropFields: [], dropAnnotations: [], dropChildren: [] };
      this.repairs.set(frame, repair);
    }
    this.dirty ??= new Set();
    for (let f = frame; f !== -1 && !this.dirty.has(f); f = this.parents[f]) this.dirty.add(f);
    return repair;
  }

  /** The last `count` subsegment steps of the path to `frame`. */
  private steps(frame: number, count: number): string {
    const indices: number[] = [];
    for (let f = frame; indices.length < count && this.parents[f] !== -1; f = this.parents[f]) {
      indices.push(this.indices[f]);
    }
    let path = "";
    for (let i = indices.length - 1; i >= 0; i--) path += `.subsegments[${indices[i]}]`;
    return path;
  }
}
