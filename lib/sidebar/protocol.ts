// Messages from the background to the sidebar of a tab (keyboard commands).
export interface SidebarProtocol {
  /** Opens (and focuses) or closes the sidebar of the receiving tab. */
  toggleSidebar(): void;
  /** Inserts the réponse type shown in the sidebar into the reply editor (opens the sidebar first if needed). */
  insertAnswer(): void;
}
