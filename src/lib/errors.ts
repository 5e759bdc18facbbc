/**
 * Errors a user can act on. The CLI prints them as one line — `file:line: message` — and exits
 * non-zero; anything else that escapes is a bug and is reported as such (still on one line).
 */
export class InputError extends Error {
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, message: string, line?: number) {
    super(message);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
  }

  /** "sources/x/story.yaml:3: title: expected a string" */
  format(): string {
    return `${this.file}${this.line ? `:${this.line}` : ''}: ${this.message}`;
  }
}

/** Several InputErrors found in one pass (every broken edit at once): the CLI prints each, exits 1. */
export class InputProblems extends Error {
  readonly problems: InputError[];
  constructor(problems: InputError[]) {
    super(problems.map((problem) => problem.format()).join('\n'));
    this.name = 'InputProblems';
    this.problems = problems;
  }
}

/** A problem that does not stop the run (a skipped duplicate, a guessed encoding). */
export interface Warning {
  file: string;
  message: string;
}

/** A warning as the one line the CLI prints: "<file>: <message>". */
export function formatWarning(warning: Warning): string {
  return `${warning.file}: ${warning.message}`;
}

/** Zod issues -> "field.path: message; other: message" for one-line reports. */
export function describeZodIssues(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
): string {
  return issues
    .map((issue) => {
      const field = issue.path.map(String).join('.');
      return field ? `${field}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
