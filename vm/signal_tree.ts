// The links and the monitors a process holds, kept as the BEAM keeps them: red-black trees (the
// textbook algorithm: insert and delete with their colour fix-ups), links ordered by the linked
// pid, monitors by their reference. The shape matters because a dying process walks each tree in
// post-order (left subtree, right subtree, node) to send its exit signals, then its demonitor
// signals, and the processes reached are scheduled, and die, in that order. Measured on OTP 25:
// links made in the order p0, p1 reach p1 first; p0, p1, p2 reach p0, p2, p1.
import type { Process } from "./process.ts";
import { Port } from "./terms.ts";

const RED = true;
const BLACK = false;

class TreeNode<V> {
  left: TreeNode<V> | null = null;
  right: TreeNode<V> | null = null;
  parent: TreeNode<V> | null = null;
  color = RED;
  constructor(readonly key: number, public value: V) {}
}

const isRed = (n: TreeNode<unknown> | null): boolean => n !== null && n.color === RED;

/** a map from numbers to values whose iteration order is the BEAM's post-order tree walk */
export class SignalTree<V> implements Iterable<[number, V]> {
  private root: TreeNode<V> | null = null;
  private count = 0;

  get size(): number {
    return this.count;
  }

  has(key: number): boolean {
    return this.find(key) !== null;
  }

  get(key: number): V | undefined {
    return this.find(key)?.value;
  }

  set(key: number, value: V): this {
    let parent: TreeNode<V> | null = null;
    let cur = this.root;
    while (cur) {
      if (key === cur.key) {
        cur.value = value;
        return this;
      }
      parent = cur;
      cur = key < cur.key ? cur.left : cur.right;
    }
    const n = new TreeNode(key, value);
    n.parent = parent;
    if (!parent) this.root = n;
    else if (key < parent.key) parent.left = n;
    else parent.right = n;
    this.count++;
    this.insertFixup(n);
    return this;
  }

  delete(key: number): boolean {
    const z = this.find(key);
    if (!z) return false;
    this.count--;
    // y: the node taken out of its place (z, or z's successor when z has two children)
    let y = z;
    let yColor = y.color;
    let x: TreeNode<V> | null;
    let xParent: TreeNode<V> | null;
    if (!z.left) {
      x = z.right;
      xParent = z.parent;
      this.transplant(z, z.right);
    } else if (!z.right) {
      x = z.left;
      xParent = z.parent;
      this.transplant(z, z.left);
    } else {
      y = z.right;
      while (y.left) y = y.left;
      yColor = y.color;
      x = y.right;
      if (y.parent === z) {
        xParent = y;
      } else {
        xParent = y.parent;
        this.transplant(y, y.right);
        y.right = z.right;
        y.right.parent = y;
      }
      this.transplant(z, y);
      y.left = z.left;
      y.left.parent = y;
      y.color = z.color;
    }
    if (yColor === BLACK) this.deleteFixup(x, xParent);
    return true;
  }

  clear(): void {
    this.root = null;
    this.count = 0;
  }

  /** [key, value] pairs in post-order, the order the BEAM walks the tree when a process exits */
  entries(): [number, V][] {
    const out: [number, V][] = [];
    const walk = (n: TreeNode<V> | null): void => {
      if (!n) return;
      walk(n.left);
      walk(n.right);
      out.push([n.key, n.value]);
    };
    walk(this.root);
    return out;
  }

  [Symbol.iterator](): Iterator<[number, V]> {
    return this.entries()[Symbol.iterator]();
  }

  values(): V[] {
    return this.entries().map((e) => e[1]);
  }

  private find(key: number): TreeNode<V> | null {
    let cur = this.root;
    while (cur && cur.key !== key) cur = key < cur.key ? cur.left : cur.right;
    return cur;
  }

  private rotateLeft(x: TreeNode<V>): void {
    const y = x.right!;
    x.right = y.left;
    if (y.left) y.left.parent = x;
    y.parent = x.parent;
    if (!x.parent) this.root = y;
    else if (x === x.parent.left) x.parent.left = y;
    else x.parent.right = y;
    y.left = x;
    x.parent = y;
  }

  private rotateRight(x: TreeNode<V>): void {
    const y = x.left!;
    x.left = y.right;
    if (y.right) y.right.parent = x;
    y.parent = x.parent;
    if (!x.parent) this.root = y;
    else if (x === x.parent.right) x.parent.right = y;
    else x.parent.left = y;
    y.right = x;
    x.parent = y;
  }

  private insertFixup(z: TreeNode<V>): void {
    while (isRed(z.parent)) {
      const parent = z.parent!;
      const grand = parent.parent!;
      if (parent === grand.left) {
        const uncle = grand.right;
        if (isRed(uncle)) {
          parent.color = BLACK;
          uncle!.color = BLACK;
          grand.color = RED;
          z = grand;
        } else {
          if (z === parent.right) {
            z = parent;
            this.rotateLeft(z);
          }
          z.parent!.color = BLACK;
          z.parent!.parent!.color = RED;
          this.rotateRight(z.parent!.parent!);
        }
      } else {
        const uncle = grand.left;
        if (isRed(uncle)) {
          parent.color = BLACK;
          uncle!.color = BLACK;
          grand.color = RED;
          z = grand;
        } else {
          if (z === parent.left) {
            z = parent;
            this.rotateRight(z);
          }
          z.parent!.color = BLACK;
          z.parent!.parent!.color = RED;
          this.rotateLeft(z.parent!.parent!);
        }
      }
    }
    this.root!.color = BLACK;
  }

  private transplant(u: TreeNode<V>, v: TreeNode<V> | null): void {
    if (!u.parent) this.root = v;
    else if (u === u.parent.left) u.parent.left = v;
    else u.parent.right = v;
    if (v) v.parent = u.parent;
  }

  /** x (maybe null, a leaf) under xParent carries an extra black: restore the colour rules */
  private deleteFixup(x: TreeNode<V> | null, xParent: TreeNode<V> | null): void {
    while (x !== this.root && !isRed(x) && xParent) {
      if (x === xParent.left) {
        let w = xParent.right!;
        if (isRed(w)) {
          w.color = BLACK;
          xParent.color = RED;
          this.rotateLeft(xParent);
          w = xParent.right!;
        }
        if (!isRed(w.left) && !isRed(w.right)) {
          w.color = RED;
          x = xParent;
          xParent = x.parent;
        } else {
          if (!isRed(w.right)) {
            w.left!.color = BLACK;
            w.color = RED;
            this.rotateRight(w);
            w = xParent.right!;
          }
          w.color = xParent.color;
          xParent.color = BLACK;
          if (w.right) w.right.color = BLACK;
          this.rotateLeft(xParent);
          x = this.root;
          xParent = null;
        }
      } else {
        let w = xParent.left!;
        if (isRed(w)) {
          w.color = BLACK;
          xParent.color = RED;
          this.rotateRight(xParent);
          w = xParent.left!;
        }
        if (!isRed(w.right) && !isRed(w.left)) {
          w.color = RED;
          x = xParent;
          xParent = x.parent;
        } else {
          if (!isRed(w.left)) {
            w.right!.color = BLACK;
            w.color = RED;
            this.rotateLeft(w);
            w = xParent.left!;
          }
          w.color = xParent.color;
          xParent.color = BLACK;
          if (w.left) w.left.color = BLACK;
          this.rotateRight(xParent);
          x = this.root;
          xParent = null;
        }
      }
    }
    if (x) x.color = BLACK;
  }
}

/** a process's links: the linked processes and ports, keyed as the BEAM's link tree orders them
 *  (measured on OTP 25: any port after every pid; ports by number, processes by pid) */
export type Linked = Process | Port;

// (above every pid's id: ports sort last)
const PORT_KEY_BASE = 2 ** 40;
const linkKey = (x: Linked): number => (x instanceof Port ? PORT_KEY_BASE + x.id : x.pid.id);

export class LinkTree implements Iterable<Linked> {
  private readonly tree = new SignalTree<Linked>();
  get size(): number {
    return this.tree.size;
  }
  has(p: Linked): boolean {
    return this.tree.has(linkKey(p));
  }
  add(p: Linked): this {
    this.tree.set(linkKey(p), p);
    return this;
  }
  delete(p: Linked): boolean {
    return this.tree.delete(linkKey(p));
  }
  clear(): void {
    this.tree.clear();
  }
  /** post-order: the order a dying process sends its link exit signals in */
  [Symbol.iterator](): Iterator<Linked> {
    return this.tree.values()[Symbol.iterator]();
  }
}
