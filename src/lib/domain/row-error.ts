/** A problem with one value of one row of a CSV file or form: where it is, what it was, what is accepted. */
export interface RowError {
	line: number;
	column: string;
	value: string;
	reason: string;
}

export function describeRowError(file: string, e: RowError): string {
	return `${file}, line ${e.line}, column "${e.column}": ${e.reason} (given "${e.value}")`;
}
