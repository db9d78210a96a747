export async function releaseNodeCommand(_r: string, _c: any, _a: string[]): Promise<number> { return 1; }
