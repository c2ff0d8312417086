/** The value of one cookie in a Cookie request header, if it is there. */
export function leesCookie(cookieHeader: string | undefined, naam: string): string | undefined {
  return cookieHeader?.split(';').map((c) => c.trim()).find((c) => c.startsWith(`${naam}=`))?.slice(naam.length + 1);
}
