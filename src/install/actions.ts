/** One thing init did to one file, and the shell step that reverses it. */
export interface Action {
  file: string;
  what: string;
  undo?: string;
}

/** The one command that undoes every action, last first. */
export function undoCommand(actions: Action[]): string | null {
  const steps = actions.flatMap((a) => (a.undo === undefined ? [] : [a.undo])).reverse();
  return steps.length === 0 ? null : steps.join(' && ');
}
