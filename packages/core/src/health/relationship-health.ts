/** Types of the health report: a status with reasons and its components, never a bare score. */
import type { CareSignal } from '../signals/care-signal.js';

/** Where a relationship stands. `unknown` means too little data, not a weak tie. */
export type HealthStatus = 'new' | 'warm' | 'cooling' | 'cold' | 'unknown';

/** How one aspect of the relationship looks. */
export type ComponentRating = 'good' | 'fair' | 'poor' | 'unknown';

/** The aspects health is judged on. */
export type HealthComponentName =
  'recency' | 'reciprocity' | 'responsiveness' | 'promiseKeeping' | 'care' | 'listening';

/** One aspect, rated, with the reason in words. */
export interface HealthComponent {
  rating: ComponentRating;
  reason: string;
}

/** A contact's relationship health. */
export interface RelationshipHealth {
  contactId: string;
  name: string;
  status: HealthStatus;
  /** Why, in words: the status first, then notable components. */
  reasons: string[];
  components: Record<HealthComponentName, HealthComponent>;
  /** The last two-way contact (a reply, an answered call, a meeting). */
  lastTwoWayAt?: string;
  daysSinceTwoWay?: number;
  /** The median gap between two-way contacts, when there are enough of them. */
  usualGapDays?: number;
  cadenceDays?: number;
  signals: CareSignal[];
}

/** Thresholds for health; defaults follow EVIDENCE.md. */
export interface HealthOptions {
  /** Now (ISO instant, Date or epoch ms). */
  now: string | Date | number;
  /** Two-way contacts needed before a usual gap is trusted (default 3). */
  minTwoWay?: number;
  /** A relationship whose first contact is this recent is `new` (default 30 days). */
  newDays?: number;
  /**
   * Silence over this multiple of the usual gap is `cold` (default 8, EPJ Data Science 2017). With
   * a cadence, the multiple applies to the longer of the cadence and the usual gap.
   */
  coldMultiple?: number;
  /** Silence over this multiple of the usual gap is `cooling` when there is no cadence (default 2). */
  coolingMultiple?: number;
  /** How far back reciprocity and care are judged, in days (default 365). */
  windowDays?: number;
}
