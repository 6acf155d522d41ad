// Messages from the background to the sidebar of a tab (keyboard command).
export interface SidebarProtocol {
  /** Opens or closes the sidebar of the receiving tab. */
  toggleSidebar(): void;
}
