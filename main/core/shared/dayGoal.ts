/**
 * The day's goal, as the streak counts it and the history window shows it: enough breaks (taken
 * or natural: time away from the desk counts) and no sitting stretch longer than the goal allows.
 * Structural types, so both the core's day summaries and the history view's can be judged.
 */
const SECONDS_PER_MINUTE = 60;

export interface GoalDay {
  readonly breaksTaken: number;
  readonly naturalBreaks: number;
  readonly longestSittingSeconds: number;
}

export interface GoalRule {
  readonly breaksPerDay: number;
  readonly maxSittingMinutes: number;
}

/** Breaks that count toward the goal. */
export const breaksTowardGoal = (day: GoalDay): number => day.breaksTaken + day.naturalBreaks;

export const metBreakGoal = (day: GoalDay, goal: GoalRule): boolean => breaksTowardGoal(day) >= goal.breaksPerDay;

export const longestAllowedSittingSeconds = (goal: GoalRule): number => goal.maxSittingMinutes * SECONDS_PER_MINUTE;

export const sittingWithinGoal = (day: GoalDay, goal: GoalRule): boolean => day.longestSittingSeconds <= longestAllowedSittingSeconds(goal);

export const meetsGoal = (day: GoalDay, goal: GoalRule): boolean => metBreakGoal(day, goal) && sittingWithinGoal(day, goal);
