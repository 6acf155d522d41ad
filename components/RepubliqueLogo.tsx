// The DSFR « République Française » block (Marianne), shared by the header and the footer of the extension pages.
export function RepubliqueLogo() {
  return (
    <p className="fr-logo" lang="fr">
      République
      <br />
      Française
    </p>
  );
}
