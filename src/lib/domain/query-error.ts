/** A rejected URL parameter: which one, what was given, and what is accepted. */
export interface ParamError {
	param: string;
	value: string;
	accepted: string;
	message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: ParamError[] };

export function paramError(param: string, value: string, accepted: string): ParamError {
	return {
		param,
		value,
		accepted,
		message: `The parameter "${param}" cannot be "${value}": it accepts ${accepted}.`
	};
}
