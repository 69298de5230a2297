/**
 * Hotspot assignment (docs/planning-model.md, section 2).
 *
 * Each tethering device goes to exactly one of its allowed hosts whose hotspot
 * allowance H_k is not 0 (null = unlimited). The assignment minimises the total
 * overflow Σ_k max(0, load_k − H_k); among optimal assignments it prefers the
 * lowest maximum load/allowance ratio (an unlimited host's ratio is 0); among
 * those still tied, larger devices get their more preferred hosts first: the
 * lexicographically first assignment with devices taken largest first (equal
 * sizes in input order) and each device's hosts in its listed order of
 * preference. (Largest first is also the order that makes the search fast.)
 *
 * Up to EXACT_HOTSPOT_LIMIT placeable devices the search is exact (branch and
 * bound seeded with the greedy answer). Beyond it, greedy largest-first is
 * improved by single moves and swaps that strictly improve the objective, so it
 * is never worse than greedy.
 *
 * The whole search is bounded in time (HOTSPOT_SEARCH_BUDGET_MS, whatever the
 * input: a household of 7 laptops that may each tether to any of 20 lines with
 * a small allowance once took minutes). When the budget runs out the best
 * assignment found so far is used — never worse than greedy, since it starts
 * from greedy and only takes strict improvements — and `exact` says false.
 *
 * Example: a 6 GB tablet may use mom (15 GB, already hosting a 12 GB laptop) or
 * dad (5 GB): mom → overflow 3, dad → overflow 1, so the tablet goes to dad.
 */
import { ONE_BYTE_GB, excessGB } from './amounts';

export const EXACT_HOTSPOT_LIMIT = 12;

/** Milliseconds of search (improvement and branch and bound together) before the best so far is used. */
// 40 ms of search leaves room within the 50 ms promise for setup, the last stretch between clock checks and a busy machine.
export const HOTSPOT_SEARCH_BUDGET_MS = 40;

export type HotspotSearchOptions = {
  /** Most placeable devices searched exactly (default EXACT_HOTSPOT_LIMIT). */
  exactLimit?: number;
  /** Search time budget in ms (default HOTSPOT_SEARCH_BUDGET_MS; Infinity = no budget). */
  budgetMs?: number;
  /** Monotonic clock in ms; replaceable so tests can run the budget out deterministically. */
  now?: () => number;
};

// A monotonic clock for the search budget. It measures elapsed search time only; the engine's "today" is always its input.
const monotonicNow = (): number => globalThis.performance.now();

/** Raised inside the search when the budget is spent; caught where the search starts. */
class OutOfTime {}

/** Checks the clock every `every` calls, so the check costs next to nothing. */
function makeDeadline(budgetMs: number, now: () => number, every = 64): { check(): void; readonly spent: boolean } {
  const end = budgetMs === Infinity ? Infinity : now() + budgetMs;
  let calls = 0;
  let spent = false;
  return {
    check() {
      if (end === Infinity) return;
      if (++calls % every !== 0) return;
      if (now() > end) {
        spent = true;
        throw new OutOfTime();
      }
    },
    get spent() {
      return spent;
    },
  };
}

type Deadline = ReturnType<typeof makeDeadline>;

export type TetheringDevice = {
  id: string;
  monthlyGB: number;
  /** Lines the device may tether to, in order of preference. */
  hosts: readonly string[];
};

/** High-speed hotspot allowance per line id: GB, null = unlimited, 0 = no hotspot. */
export type HotspotAllowances = ReadonlyMap<string, number | null>;

export type HotspotAssignment = {
  /** One entry per tethering device, in input order; host null when no allowed host exists. */
  assignments: { device: string; host: string | null }[];
  /** Hotspot load per host line that can take devices (0 when it got none). */
  loadGB: Map<string, number>;
  /** Σ max(0, load_k − H_k). */
  overflowGB: number;
  /** max load_k / H_k over hosts with a finite allowance (0 if none). */
  maxRatio: number;
  method: 'exact' | 'heuristic';
  /** True only when the assignment is proven optimal: the exact search finished within its budget. */
  exact: boolean;
};

type Score = { overflowGB: number; ratio: number };

type Problem = {
  gb: Float64Array;
  /** Host indices each placeable device may use, in preference order. */
  options: number[][];
  /** Allowance per host index; Infinity = unlimited. */
  cap: Float64Array;
};

/** a strictly better than b: less overflow, or equal overflow and a lower maximum ratio. */
export function isBetterScore(a: Score, b: Score): boolean {
  if (a.overflowGB < b.overflowGB - ONE_BYTE_GB) return true;
  if (a.overflowGB > b.overflowGB + ONE_BYTE_GB) return false;
  return a.ratio < b.ratio - ONE_BYTE_GB;
}

function scoreOf(p: Problem, choice: Int32Array): Score {
  const loads = new Float64Array(p.cap.length);
  for (let j = 0; j < choice.length; j++) loads[choice[j]!]! += p.gb[j]!;
  return scoreOfLoads(p, loads);
}

function scoreOfLoads(p: Problem, loads: Float64Array): Score {
  let overflowGB = 0;
  let ratio = 0;
  for (let h = 0; h < loads.length; h++) {
    const cap = p.cap[h]!;
    if (cap === Infinity) continue;
    const load = loads[h]!;
    if (load > cap) overflowGB += load - cap;
    const r = load / cap;
    if (r > ratio) ratio = r;
  }
  return { overflowGB, ratio };
}

/** Greedy largest-first: each device, biggest first, takes the host that adds the least overflow, then the lowest ratio. */
function greedy(p: Problem): Int32Array {
  const m = p.gb.length;
  const order = searchOrder(p);
  const loads = new Float64Array(p.cap.length);
  const choice = new Int32Array(m);
  for (const j of order) {
    let bestHost = -1;
    let bestAdded = Infinity;
    let bestRatio = Infinity;
    for (const h of p.options[j]!) {
      const cap = p.cap[h]!;
      const next = loads[h]! + p.gb[j]!;
      const added = cap === Infinity ? 0 : Math.max(0, next - cap) - Math.max(0, loads[h]! - cap);
      const ratio = cap === Infinity ? 0 : next / cap;
      if (
        added < bestAdded - ONE_BYTE_GB ||
        (Math.abs(added - bestAdded) <= ONE_BYTE_GB && ratio < bestRatio - ONE_BYTE_GB)
      ) {
        bestHost = h;
        bestAdded = added;
        bestRatio = ratio;
      }
    }
    choice[j] = bestHost;
    loads[bestHost]! += p.gb[j]!;
  }
  return choice;
}

/**
 * Applies single moves and (for modest sizes) pairwise swaps while they
 * strictly improve the score, until nothing improves or the deadline passes.
 * Every accepted step is a strict improvement, so stopping early still leaves
 * an answer at least as good as `start`.
 */
function improve(p: Problem, start: Int32Array, deadline: Deadline, maxPasses = 50): Int32Array {
  const m = p.gb.length;
  const choice = start.slice();
  const loads = new Float64Array(p.cap.length);
  for (let j = 0; j < m; j++) loads[choice[j]!]! += p.gb[j]!;
  let current = scoreOfLoads(p, loads);
  const trySwaps = m <= 100;
  const over = (h: number, load: number): number => {
    const cap = p.cap[h]!;
    return cap === Infinity ? 0 : Math.max(0, load - cap);
  };
  const ratioOf = (h: number, load: number): number => {
    const cap = p.cap[h]!;
    return cap === Infinity ? 0 : load / cap;
  };
  // Whether moving `delta` GB from host `from` to host `to` strictly improves the score; applies it when it does.
  const tryShift = (from: number, to: number, delta: number): boolean => {
    const before = over(from, loads[from]!) + over(to, loads[to]!);
    const after = over(from, loads[from]! - delta) + over(to, loads[to]! + delta);
    const overflowGB = current.overflowGB - before + after;
    if (overflowGB > current.overflowGB + ONE_BYTE_GB) return false;
    if (overflowGB >= current.overflowGB - ONE_BYTE_GB) {
      // Same overflow: only a lower maximum ratio counts. The two changed hosts bound the new maximum from below.
      const local = Math.max(ratioOf(from, loads[from]! - delta), ratioOf(to, loads[to]! + delta));
      if (local >= current.ratio - ONE_BYTE_GB) return false;
    }
    loads[from]! -= delta;
    loads[to]! += delta;
    const next = scoreOfLoads(p, loads);
    if (isBetterScore(next, current)) {
      current = next;
      return true;
    }
    loads[from]! += delta;
    loads[to]! -= delta;
    return false;
  };
  try {
    for (let pass = 0; pass < maxPasses; pass++) {
      let improved = false;
      for (let j = 0; j < m; j++) {
        for (const to of p.options[j]!) {
          deadline.check();
          if (to === choice[j]) continue;
          if (tryShift(choice[j]!, to, p.gb[j]!)) {
            choice[j] = to;
            improved = true;
          }
        }
      }
      if (trySwaps) {
        for (let j = 0; j < m; j++) {
          for (let k = j + 1; k < m; k++) {
            deadline.check();
            const hj = choice[j]!;
            const hk = choice[k]!;
            if (hj === hk || !p.options[j]!.includes(hk) || !p.options[k]!.includes(hj)) continue;
            // Swapping j and k moves (gb_j − gb_k) from hj to hk.
            if (tryShift(hj, hk, p.gb[j]! - p.gb[k]!)) {
              choice[j] = hk;
              choice[k] = hj;
              improved = true;
            }
          }
        }
      }
      if (!improved) break;
    }
  } catch (err) {
    if (!(err instanceof OutOfTime)) throw err;
  }
  return choice;
}

/**
 * Branch and bound over devices largest first (ties: input order), each
 * device's hosts in its listed order of preference, so the first optimal leaf
 * reached is the tie-break winner. Bounds, valid for every completion of a
 * partial assignment of indivisible devices:
 * - overflow ≥ current + Σ over remaining devices of the least overflow that
 *   device alone adds on any of its hosts at the current loads (overflow per
 *   host is convex in its load, so devices added together add at least the
 *   sum of what each adds alone) — this is the bound that prunes when devices
 *   are larger than the allowances, where a "spread the GB over the free room"
 *   bound never does;
 * - overflow ≥ current + max(0, GB still to place on devices without an
 *   unlimited option − free room on the finite hosts those devices can reach),
 *   where r such devices can fill at most r hosts, so only the r largest
 *   rooms count (1 GB laptops on 0.5 GB allowances: each one opens one host);
 * - max ratio ≥ current and ≥ each remaining device's best possible ratio;
 * - when only a lower ratio can still win, a host whose room no remaining
 *   device fits into (without reaching the incumbent's ratio) cannot absorb
 *   anything, so its room is left out of the room bound.
 * Symmetry, which keeps the tie-break winner reachable:
 * - hosts with equal allowance that the same devices may use are
 *   interchangeable: a device opens only the first empty host of such a group
 *   (in its own preference order); any other choice has an earlier twin;
 * - two devices of equal size with the same hosts in the same order are
 *   interchangeable: the later one never takes a host the earlier one prefers
 *   less than its own.
 * Returns the best assignment and whether the search finished (proved it optimal).
 */
function exactSearch(p: Problem, seed: Int32Array, deadline: Deadline): { choice: Int32Array; complete: boolean } {
  const m = p.gb.length;
  const hosts = p.cap.length;
  const order = searchOrder(p);
  const limitedSuffixGB = new Float64Array(m + 1);
  const limitedSuffixCount = new Int32Array(m + 1);
  const reachSuffix: Int32Array[] = Array.from({ length: m + 1 }, () => new Int32Array(0));
  // Smallest device still to place (from position i on) that has no unlimited option and may use host h.
  const smallestSuffixGB = new Float64Array((m + 1) * hosts).fill(Infinity);
  const reach = new Set<number>();
  for (let i = m - 1; i >= 0; i--) {
    const j = order[i]!;
    const opts = p.options[j]!;
    const limited = opts.every((h) => p.cap[h] !== Infinity);
    limitedSuffixGB[i] = limitedSuffixGB[i + 1]! + (limited ? p.gb[j]! : 0);
    limitedSuffixCount[i] = limitedSuffixCount[i + 1]! + (limited ? 1 : 0);
    smallestSuffixGB.copyWithin(i * hosts, (i + 1) * hosts, (i + 2) * hosts);
    if (limited) {
      for (const h of opts) {
        reach.add(h);
        smallestSuffixGB[i * hosts + h] = Math.min(smallestSuffixGB[i * hosts + h]!, p.gb[j]!);
      }
    }
    reachSuffix[i] = Int32Array.from(reach);
  }

  const hostClass = interchangeableHosts(p);
  // The nearest earlier position holding an interchangeable device (same size, same hosts in the same order), or −1.
  const twinBefore = new Int32Array(m).fill(-1);
  for (let i = 1; i < m; i++) {
    const j = order[i]!;
    for (let k = i - 1; k >= 0; k--) {
      const o = order[k]!;
      if (p.gb[o] === p.gb[j] && sameList(p.options[o]!, p.options[j]!)) {
        twinBefore[i] = k;
        break;
      }
    }
  }

  const loads = new Float64Array(hosts);
  const counts = new Int32Array(hosts);
  const roomBuffer = new Float64Array(hosts);
  const choice = new Int32Array(m);
  /** Preference position (index into its options) of the host chosen at each search position. */
  const prefAt = new Int32Array(m);
  // Per search depth, which visit last opened an empty host of each group (depth-indexed so children cannot overwrite it).
  const openedClass = new Int32Array((m + 1) * hosts).fill(-1);
  let best = seed.slice();
  let bestScore = scoreOf(p, seed);
  let bestIsSeed = true;
  let nodes = 0;

  // Prune when no completion can replace the incumbent: a seed is replaced by a tie, an enumerated leaf only by a strictly better one.
  const cannotWin = (lbOverflow: number, lbRatio: number): boolean => {
    if (lbOverflow > bestScore.overflowGB + ONE_BYTE_GB) return true;
    if (lbOverflow < bestScore.overflowGB - ONE_BYTE_GB) return false;
    return bestIsSeed ? lbRatio > bestScore.ratio + ONE_BYTE_GB : lbRatio >= bestScore.ratio - ONE_BYTE_GB;
  };

  const visit = (i: number, overflowGB: number, ratio: number): void => {
    deadline.check();
    const node = nodes++;
    if (i === m) {
      const s = scoreOf(p, choice);
      if (bestIsSeed ? !isBetterScore(bestScore, s) : isBetterScore(s, bestScore)) {
        best = choice.slice();
        bestScore = s;
        bestIsSeed = false;
      }
      return;
    }
    const reachHosts = reachSuffix[i]!;
    const remainingGB = limitedSuffixGB[i]!;
    const remainingCount = limitedSuffixCount[i]!;
    let rooms = 0;
    for (let k = 0; k < reachHosts.length; k++) {
      const h = reachHosts[k]!;
      roomBuffer[rooms++] = Math.max(0, p.cap[h]! - loads[h]!);
    }
    const room = largestSum(roomBuffer, rooms, remainingCount);
    let lbRatio = ratio;
    let marginalGB = 0;
    for (let k = i; k < m; k++) {
      const j = order[k]!;
      const g = p.gb[j]!;
      let lowest = Infinity;
      let least = Infinity;
      for (const h of p.options[j]!) {
        const cap = p.cap[h]!;
        if (cap === Infinity) {
          lowest = 0;
          least = 0;
          break;
        }
        const load = loads[h]!;
        const r = (load + g) / cap;
        if (r < lowest) lowest = r;
        const added = Math.max(0, load + g - cap) - Math.max(0, load - cap);
        if (added < least) least = added;
      }
      if (lowest > lbRatio) lbRatio = lowest;
      marginalGB += least;
    }
    const lbOverflow = overflowGB + Math.max(marginalGB, remainingGB - room, 0);
    if (cannotWin(lbOverflow, lbRatio)) return;
    if (lbOverflow >= bestScore.overflowGB - ONE_BYTE_GB && remainingGB > 0) {
      // Only a lower (or, against the seed, equal) ratio can still win. Under that ratio a host whose room no
      // remaining device fits into cannot absorb anything without raising the ratio, so its room does not count.
      const ceiling = bestScore.ratio + (bestIsSeed ? ONE_BYTE_GB : -ONE_BYTE_GB);
      let usable = 0;
      for (let k = 0; k < reachHosts.length; k++) {
        const h = reachHosts[k]!;
        const cap = p.cap[h]!;
        if (loads[h]! + smallestSuffixGB[i * hosts + h]! <= ceiling * cap) {
          roomBuffer[usable++] = Math.max(0, cap - loads[h]!);
        }
      }
      const usableRoom = largestSum(roomBuffer, usable, remainingCount);
      if (overflowGB + Math.max(0, remainingGB - usableRoom) > bestScore.overflowGB + ONE_BYTE_GB) return;
    }
    const j = order[i]!;
    const g = p.gb[j]!;
    const opts = p.options[j]!;
    const twin = twinBefore[i]!;
    const firstPref = twin < 0 ? 0 : prefAt[twin]!;
    for (let q = firstPref; q < opts.length; q++) {
      const h = opts[q]!;
      if (counts[h] === 0) {
        // An empty host of a group another empty host of which this device already tried gives the same subtrees.
        const c = i * hosts + hostClass[h]!;
        if (openedClass[c] === node) continue;
        openedClass[c] = node;
      }
      const cap = p.cap[h]!;
      const prev = loads[h]!;
      const next = prev + g;
      loads[h] = next;
      counts[h]!++;
      choice[j] = h;
      prefAt[i] = q;
      const added = cap === Infinity ? 0 : Math.max(0, next - cap) - Math.max(0, prev - cap);
      const r = cap === Infinity ? 0 : next / cap;
      visit(i + 1, overflowGB + added, r > ratio ? r : ratio);
      loads[h] = prev;
      counts[h]!--;
    }
  };
  try {
    visit(0, 0, 0);
    return { choice: best, complete: true };
  } catch (err) {
    if (!(err instanceof OutOfTime)) throw err;
    return { choice: best, complete: false };
  }
}

/** The sum of the `r` largest of the first `n` values of `xs` (reorders them). */
function largestSum(xs: Float64Array, n: number, r: number): number {
  if (r >= n) {
    let s = 0;
    for (let k = 0; k < n; k++) s += xs[k]!;
    return s;
  }
  const top = xs.subarray(0, n).sort();
  let s = 0;
  for (let k = n - r; k < n; k++) s += top[k]!;
  return s;
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** A group number per host: hosts with equal allowance that exactly the same devices may use share one. */
function interchangeableHosts(p: Problem): Int32Array {
  const users: number[][] = Array.from({ length: p.cap.length }, () => []);
  p.options.forEach((opts, j) => {
    for (const h of opts) users[h]!.push(j);
  });
  const groups = new Map<string, number>();
  const out = new Int32Array(p.cap.length);
  for (let h = 0; h < p.cap.length; h++) {
    const key = `${p.cap[h]}|${users[h]!.join(',')}`;
    let g = groups.get(key);
    if (g === undefined) {
      g = groups.size;
      groups.set(key, g);
    }
    out[h] = g;
  }
  return out;
}

/** The order in which ties are broken: larger devices first, then input order. */
function searchOrder(p: Problem): number[] {
  return Array.from({ length: p.gb.length }, (_, j) => j).sort((a, b) => p.gb[b]! - p.gb[a]! || a - b);
}

type Prepared = {
  problem: Problem;
  hostIds: string[];
  /** Index into the problem's devices, or −1 for a device with no allowed host. */
  placeableIndex: number[];
};

function prepare(devices: readonly TetheringDevice[], allowances: HotspotAllowances): Prepared {
  const hostIds: string[] = [];
  const hostIndex = new Map<string, number>();
  for (const [line, allowanceGB] of allowances) {
    if (allowanceGB === 0) continue;
    hostIndex.set(line, hostIds.length);
    hostIds.push(line);
  }
  const gb: number[] = [];
  const options: number[][] = [];
  const placeableIndex = devices.map((d) => {
    const opts: number[] = [];
    for (const host of d.hosts) {
      const h = hostIndex.get(host);
      if (h !== undefined && !opts.includes(h)) opts.push(h);
    }
    if (opts.length === 0) return -1;
    gb.push(d.monthlyGB);
    options.push(opts);
    return gb.length - 1;
  });
  const cap = Float64Array.from(hostIds, (id) => allowances.get(id) ?? Infinity);
  return { problem: { gb: Float64Array.from(gb), options, cap }, hostIds, placeableIndex };
}

function toAssignment(
  prepared: Prepared,
  devices: readonly TetheringDevice[],
  choice: Int32Array,
  method: HotspotAssignment['method'],
  exact: boolean,
): HotspotAssignment {
  const { problem, hostIds, placeableIndex } = prepared;
  const loads = new Float64Array(hostIds.length);
  for (let j = 0; j < choice.length; j++) loads[choice[j]!]! += problem.gb[j]!;
  const loadGB = new Map<string, number>();
  let overflowGB = 0;
  hostIds.forEach((id, h) => {
    loadGB.set(id, loads[h]!);
    const cap = problem.cap[h]!;
    overflowGB += excessGB(loads[h]!, cap === Infinity ? null : cap);
  });
  const assignments = devices.map((d, i) => {
    const j = placeableIndex[i]!;
    return { device: d.id, host: j < 0 ? null : hostIds[choice[j]!]! };
  });
  return { assignments, loadGB, overflowGB, maxRatio: scoreOfLoads(problem, loads).ratio, method, exact };
}

/**
 * Assigns every tethering device to a host line. `allowances` lists every line
 * that exists (its iteration order fixes the order of `loadGB`); hosts missing
 * from it or with allowance 0 are not allowed.
 */
export function assignHotspot(
  devices: readonly TetheringDevice[],
  allowances: HotspotAllowances,
  options: HotspotSearchOptions = {},
): HotspotAssignment {
  const exactLimit = options.exactLimit ?? EXACT_HOTSPOT_LIMIT;
  const deadline = makeDeadline(options.budgetMs ?? HOTSPOT_SEARCH_BUDGET_MS, options.now ?? monotonicNow);
  const prepared = prepare(devices, allowances);
  const p = prepared.problem;
  const seed = improve(p, greedy(p), deadline);
  if (p.gb.length <= exactLimit && !deadline.spent) {
    const { choice, complete } = exactSearch(p, seed, deadline);
    return toAssignment(prepared, devices, choice, 'exact', complete);
  }
  // Nothing to place is trivially optimal.
  return toAssignment(prepared, devices, seed, 'heuristic', p.gb.length === 0);
}

/** Greedy largest-first alone — the baseline the heuristic must never lose to (used by tests). */
export function assignHotspotGreedy(
  devices: readonly TetheringDevice[],
  allowances: HotspotAllowances,
): HotspotAssignment {
  const prepared = prepare(devices, allowances);
  return toAssignment(prepared, devices, greedy(prepared.problem), 'heuristic', prepared.problem.gb.length === 0);
}
