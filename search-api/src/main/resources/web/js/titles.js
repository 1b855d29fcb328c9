// A record's title in lists and headings: a report answer's short title ("1.1 Strategiskt viktigaste
// arbetet — …") rather than its whole question, which the record view shows under "Fråga".
export function listTitle(item) {
  return item.shortTitle ?? item.title;
}
