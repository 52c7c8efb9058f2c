"""The wiring: which services exist for one data folder and policy, and for the person signed
in. The GUI and the command line both build them here; no Qt.

``build_services(data_dir, policy)`` gives a ``Services`` bundle before anyone has signed in
(only ``auth`` works then). ``Services.sign_in`` (or ``create_vault``) runs the key derivation,
binds the opened vault into the bundle's ``Session`` and builds the services the person's role
may use; what the caller learns is a ``SignedIn`` -- who, in which role, and what to tell
them -- never the vault itself. The GUI calls ``sign_in`` on its worker thread.

Services are built on the session, not on a vault, so locking and unlocking never rebuilds
them: the lock closes the vault behind them and the unlock binds a new one. A service the
role may not use is None (an administrator has no ``cases``, ``incidents``, ``assessments``,
``directory``, ``consent``, ``safety_plan`` or ``referrals``).
The policy's ``review_interval_days`` reaches the case list and the assessments here.

Consent is recorded against the vault's agency directory (``domain.consent.RecipientLookup``,
``services/directory_recipients.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from intake_app.domain.roles import Action, Role, allowed
from intake_app.policy import Policy
from intake_app.services.auth import AuthService
from intake_app.services.session import Session

if TYPE_CHECKING:
    from intake_app.domain.checklists import Catalogue
    from intake_app.domain.consent import RecipientLookup
    from intake_app.services.admin import AdminService
    from intake_app.services.assessments import AssessmentService
    from intake_app.services.cases import CaseService
    from intake_app.services.consent import ConsentService
    from intake_app.services.directory import DirectoryService
    from intake_app.services.incidents import IncidentService
    from intake_app.services.referrals import ReferralService
    from intake_app.services.risk import RiskService
    from intake_app.services.safety_plan import SafetyPlanService
    from intake_app.services.users import UserService
    from intake_app.vault.crypto import KdfParams
    from intake_app.vault.store import Vault

# The role's services (and with them SQLCipher) are imported at the first sign-in, not at
# start-up: the sign-in window needs none of them, and start-up time is benchmarked.


@dataclass(frozen=True)
class SignedIn:
    """What a front end learns of a successful sign-in."""

    user: str
    role: Role
    #: keyslots.json was changed by someone without the vault's key: tell the person (and IT).
    slot_file_altered: bool = False


class Services:
    """Everything a front end uses: ``auth`` before sign-in, then the session and the
    services of the signed-in person's role."""

    def __init__(self, auth: AuthService, session: Session | None = None, *,
                 recipients: RecipientLookup | None = None) -> None:
        self.auth = auth
        self.session = session or Session()
        #: The agency directory; None: the stand-in, built at the first sign-in.
        self._recipients = recipients
        self.users: UserService | None = None
        self.admin: AdminService | None = None
        self.cases: CaseService | None = None
        self.incidents: IncidentService | None = None
        self.assessments: AssessmentService | None = None
        self.risk: RiskService | None = None
        self.directory: DirectoryService | None = None
        self.consent: ConsentService | None = None
        self.safety_plan: SafetyPlanService | None = None
        self.referrals: ReferralService | None = None
        self._built_for: tuple[str, Role] | None = None

    # --- the way in (key derivation: off the GUI thread) -------------------------------------

    def vault_exists(self) -> bool:
        return self.auth.vault_exists()

    def sign_in(self, username: str, passphrase: str, *, readonly: bool = False) -> SignedIn:
        """Unlock and bind the vault. Resuming after a lock is only for the same person
        (PermissionDenied otherwise, and the new vault is closed again)."""
        return self._opened(self.auth.sign_in(username, passphrase, readonly=readonly))

    def create_vault(self, username: str, passphrase: str,
                     display_name: str = "") -> tuple[SignedIn, str]:
        """A new vault with its first administrator, signed in; and the recovery key, to be
        shown once."""
        vault, recovery_key = self.auth.create_vault(username, passphrase, display_name)
        return self._opened(vault), recovery_key

    def _opened(self, vault: Vault) -> SignedIn:
        from intake_app.vault.store import SLOT_FILE_ALTERED

        altered = SLOT_FILE_ALTERED in vault.warnings
        self.session.bind(vault)
        who = (vault.user, vault.role)
        if self._built_for != who:  # a resume in the same role keeps the services it had
            self._build(vault.role)
            self._built_for = who
        return SignedIn(vault.user, vault.role, altered)

    def _build(self, role: Role) -> None:
        self._drop_role_services()
        interval = self.auth.policy.review_interval_days
        if allowed(role, Action.USER_MANAGE):
            from intake_app.services.users import UserService

            self.users = UserService(self.session, self.auth)
        if allowed(role, Action.VAULT_VERIFY):
            from intake_app.services.admin import AdminService

            self.admin = AdminService(self.session)
        if allowed(role, Action.CASE_VIEW_OWN):
            from intake_app.services.cases import CaseService

            self.cases = CaseService(self.session, review_interval_days=interval)
        if allowed(role, Action.INCIDENT_VIEW):
            from intake_app.services.incidents import IncidentService

            self.incidents = IncidentService(self.session)
        if allowed(role, Action.ASSESSMENT_VIEW):
            from intake_app.services.assessments import AssessmentService

            self.assessments = AssessmentService(self.session, review_interval_days=interval)
        if self.assessments is not None and self.incidents is not None:
            from intake_app.services.risk import RiskService

            self.risk = RiskService(self._checklists, self.assessments, self.incidents,
                                    cases=self.cases)
        if allowed(role, Action.DIRECTORY_VIEW):
            from intake_app.domain.agencies import load_shipped
            from intake_app.services.directory import DirectoryService

            # The shipped kinds are read when the directory is first used.
            self.directory = DirectoryService(self.session, load_shipped)
        if allowed(role, Action.CONSENT_VIEW):
            from intake_app.services.consent import ConsentService

            self.consent = ConsentService(self.session, self.recipients())
        if allowed(role, Action.SAFETY_PLAN_VIEW):
            from intake_app.services.safety_plan import SafetyPlanService

            self.safety_plan = SafetyPlanService(self.session)
        if allowed(role, Action.REFERRAL_VIEW):
            from intake_app.services.referrals import ReferralService

            assert self.directory is not None  # every role with referrals reads the directory
            from intake_app.services.referral_export import ExportRules

            self.referrals = ReferralService(
                self.session, self.directory, self._checklists,
                export_rules=ExportRules.of(self.auth.policy, self.auth.data_dir))

    def recipients(self) -> RecipientLookup:
        """The agency directory consent is recorded against: the vault's own
        (``services/directory_recipients.py``), unless one was given."""
        if self._recipients is None:
            from intake_app.services.directory_recipients import DirectoryRecipients

            assert self.directory is not None  # every role with consent reads the directory
            self._recipients = DirectoryRecipients(self.directory)
        return self._recipients

    def _checklists(self) -> Catalogue:
        """The shipped checklist definitions and the organisation's own (policy
        ``checklist_dir``), read when first needed; refused files are in ``.refused``."""
        from intake_app.domain.checklists import load_checklists, shipped_checklists_dir

        return load_checklists(shipped_checklists_dir(), self.auth.policy.checklist_path())

    def _drop_role_services(self) -> None:
        self.users = self.admin = self.cases = None
        self.incidents = None
        self.assessments = None
        self.risk = None
        self.directory = None
        self.consent = None
        self.safety_plan = None
        self.referrals = None

    # --- the way out --------------------------------------------------------------------------

    def lock(self) -> None:
        """Close the vault; the same person may sign in again to carry on."""
        self.session.lock()

    def end(self) -> None:
        """Sign out: close the vault, forget the person and their services."""
        self.session.end()
        self._drop_role_services()
        self._built_for = None

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *exc: object) -> None:
        self.end()


def build_services(data_dir: Path, policy: Policy, *, kdf: KdfParams | None = None,
                   recipients: RecipientLookup | None = None) -> Services:
    """The production wiring for one vault folder (``kdf``: tests and tools only;
    ``recipients``: the agency directory, the stand-in while it is None)."""
    return Services(AuthService(Path(data_dir), policy, kdf=kdf), recipients=recipients)
