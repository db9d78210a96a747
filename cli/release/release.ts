export async function releaseCommand(_o: any): Promise<number> { return 1; }
