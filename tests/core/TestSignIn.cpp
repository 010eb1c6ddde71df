// Sign-in, lockout, the first administrator and user administration, on the
// real database with the workspace's clock moved by hand.
#include "TestSupport.h"

#include "people/Passwords.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace sd;

namespace {

const QString kAdminPassword = QStringLiteral("harbour-lights-7");

qint64 auditCount(Workspace& ws, const QString& login, const char* kind)
{
    auto count = sql::scalar(ws.database().connection(),
                             QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE login = ? AND kind = ?"),
                             {login, QString::fromLatin1(kind)});
    REQUIRE(count);
    return count->toLongLong();
}

// A database whose administrator can sign in, and an agent with a password.
struct Office
{
    test::TempWorkspace ws{"2026-11-02T09:00:00+08:00"};
    qint64 admin = 0;
    qint64 agent = 0;

    Office()
    {
        auto created = ws->signIn().createAdministrator(QStringLiteral("admin"), QStringLiteral("Administrator"), kAdminPassword);
        REQUIRE(created);
        admin = created->id;
        agent = ws.userId("li.na");
        REQUIRE(ws->userAdmin().resetPassword(agent, QStringLiteral("li-na-secret"), admin));
    }
};

} // namespace

TEST_CASE("passwords are kept as Argon2id hashes that verify only the right password", "[signin]")
{
    auto hash = Passwords::hash(QStringLiteral("correct horse 电池"));
    REQUIRE(hash);
    CHECK(hash->startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash->contains(QStringLiteral("horse")));
    CHECK(Passwords::verify(*hash, QStringLiteral("correct horse 电池")));
    CHECK_FALSE(Passwords::verify(*hash, QStringLiteral("correct horse 电")));
    CHECK_FALSE(Passwords::verify({}, QString()));
    // Two hashes of one password differ (each has its own salt).
    CHECK(*Passwords::hash(QStringLiteral("correct horse 电池")) != *hash);
    auto tooShort = Passwords::hash(QStringLiteral("1234567"));
    REQUIRE_FALSE(tooShort);
    CHECK(tooShort.error().field == QStringLiteral("password"));
}

TEST_CASE("a new database asks for its administrator once, and is then closed to whoever holds it", "[signin]")
{
    test::TempWorkspace ws;
    CHECK(ws->signIn().needsAdministrator().value());
    // Before: the holder of the file may set it up without signing in.
    CHECK(ws->access().require(AccessControl::kIntake, Action::EditConfiguration));
    auto weak = ws->signIn().createAdministrator(QStringLiteral("admin"), {}, QStringLiteral("short"));
    REQUIRE_FALSE(weak);
    CHECK(ws->signIn().needsAdministrator().value());
    auto admin = ws->signIn().createAdministrator(QStringLiteral("boss"), QStringLiteral("Chief"), kAdminPassword);
    REQUIRE(admin);
    CHECK(admin->role == Role::Admin);
    CHECK_FALSE(ws->signIn().needsAdministrator().value());
    auto second = ws->signIn().createAdministrator(QStringLiteral("intruder"), {}, kAdminPassword);
    REQUIRE_FALSE(second);
    CHECK_FALSE(ws->users().byLogin(QStringLiteral("intruder")));
    auto closed = ws->access().require(AccessControl::kIntake, Action::EditConfiguration);
    REQUIRE_FALSE(closed);
    CHECK(closed.error().code == Error::Code::Forbidden);
    CHECK(ws->signIn().signIn(QStringLiteral("boss"), kAdminPassword));
}

TEST_CASE("a wrong password and an unknown login get the same answer and are both recorded", "[signin]")
{
    Office office;
    auto& ws = office.ws;
    auto wrong = ws->signIn().signIn(QStringLiteral("li.na"), QStringLiteral("li-na-secreT"));
    auto unknown = ws->signIn().signIn(QStringLiteral("nobody"), QStringLiteral("li-na-secret"));
    REQUIRE_FALSE(wrong);
    REQUIRE_FALSE(unknown);
    CHECK(wrong.error().code == Error::Code::SignIn);
    CHECK(wrong.error().message == unknown.error().message);
    CHECK(auditCount(*ws, QStringLiteral("li.na"), "sign_in_failed") == 1);
    CHECK(auditCount(*ws, QStringLiteral("nobody"), "sign_in_failed") == 1);
    // A user without a password (from before sign-in existed) cannot sign in with an empty one.
    CHECK_FALSE(ws->signIn().signIn(QStringLiteral("wang.lei"), QString()));
    auto user = ws->signIn().signIn(QStringLiteral("li.na"), QStringLiteral("li-na-secret"));
    REQUIRE(user);
    CHECK(user->id == office.agent);
    CHECK(auditCount(*ws, QStringLiteral("li.na"), "signed_in") == 1);
    REQUIRE(ws->signIn().signOut(*user));
    CHECK(auditCount(*ws, QStringLiteral("li.na"), "signed_out") == 1);
}

TEST_CASE("five failures within 15 minutes lock the login for 15 minutes from the fifth", "[signin]")
{
    Office office;
    auto& ws = office.ws;
    const QString login = QStringLiteral("li.na");
    const qint64 start = ws.now();
    // Failures at 0, 3, 6, 9 and 12 minutes: the fifth locks until 12 + 15 = 27 minutes.
    for (int minute : {0, 3, 6, 9, 12}) {
        ws.setNow(start + minute * 60);
        CHECK_FALSE(ws->signIn().signIn(login, QStringLiteral("guess %1").arg(minute)));
    }
    ws.setNow(start + 26 * 60 + 59);
    auto locked = ws->signIn().signIn(login, QStringLiteral("li-na-secret"));
    REQUIRE_FALSE(locked);
    CHECK(locked.error().message.contains(QStringLiteral("locked")));
    CHECK(auditCount(*ws, login, "sign_in_locked") == 1);
    CHECK(auditCount(*ws, login, "sign_in_failed") == 5); // refusals while locked do not extend the lock
    // Another login is not affected.
    CHECK(ws->signIn().signIn(QStringLiteral("admin"), kAdminPassword));
    ws.setNow(start + 27 * 60);
    CHECK(ws->signIn().signIn(login, QStringLiteral("li-na-secret")));
}

TEST_CASE("failures spread over more than 15 minutes, or broken by a sign-in, do not lock", "[signin]")
{
    Office office;
    auto& ws = office.ws;
    const QString login = QStringLiteral("li.na");
    const qint64 start = ws.now();
    // 0, 4, 8, 12, 16 minutes: the last five span 16 minutes.
    for (int minute : {0, 4, 8, 12, 16}) {
        ws.setNow(start + minute * 60);
        CHECK_FALSE(ws->signIn().signIn(login, QStringLiteral("guess")));
    }
    CHECK(ws->signIn().signIn(login, QStringLiteral("li-na-secret")));
    // Four more failures after that sign-in are four, not nine.
    for (int i = 0; i < 4; ++i)
        CHECK_FALSE(ws->signIn().signIn(login, QStringLiteral("guess")));
    CHECK_FALSE(ws->signIn().lockedUntil(login).value());
    CHECK(ws->signIn().signIn(login, QStringLiteral("li-na-secret")));
}

TEST_CASE("a deactivated user cannot sign in, a user changes their own password only knowing the current one", "[signin]")
{
    Office office;
    auto& ws = office.ws;
    auto user = ws->users().byId(office.agent);
    REQUIRE(user);
    auto wrongCurrent = ws->signIn().changeOwnPassword(*user, QStringLiteral("not it at all"), QStringLiteral("new-secret-1"));
    REQUIRE_FALSE(wrongCurrent);
    CHECK(ws->signIn().changeOwnPassword(*user, QStringLiteral("li-na-secret"), QStringLiteral("new-secret-1")));
    CHECK_FALSE(ws->signIn().signIn(QStringLiteral("li.na"), QStringLiteral("li-na-secret")));
    CHECK(ws->signIn().signIn(QStringLiteral("li.na"), QStringLiteral("new-secret-1")));
    REQUIRE(ws->userAdmin().setActive(office.agent, false, office.admin));
    auto inactive = ws->signIn().signIn(QStringLiteral("li.na"), QStringLiteral("new-secret-1"));
    REQUIRE_FALSE(inactive);
    // A file says why; a server refuses the deactivated account's connection like a wrong password.
    if (!test::onServer())
        CHECK(inactive.error().message.contains(QStringLiteral("deactivated")));
    REQUIRE(ws->userAdmin().setActive(office.agent, true, office.admin));
    CHECK(ws->signIn().signIn(QStringLiteral("li.na"), QStringLiteral("new-secret-1")));
}

TEST_CASE("user administration: rules that keep the office manageable, and every change audited", "[signin]")
{
    Office office;
    auto& ws = office.ws;
    UserAdmin& users = ws->userAdmin();
    UserDraft draft{QStringLiteral("qian.yu"), QStringLiteral("钱宇"), Role::Agent, QStringLiteral("care"), {Category::Complaint}};
    auto added = users.add(draft, QStringLiteral("qian-yu-pass"), office.admin);
    REQUIRE(added);
    CHECK(added->teamCode == QStringLiteral("care"));
    CHECK(added->skills == QList<Category>{Category::Complaint});
    CHECK(auditCount(*ws, QStringLiteral("qian.yu"), "user_added") == 1);

    auto again = users.add(draft, QStringLiteral("qian-yu-pass"), office.admin);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == Error::Code::Duplicate);
    UserDraft bad{QStringLiteral("Qian Yu"), QString(), Role::Agent, QStringLiteral("nowhere"), {}};
    auto refused = users.add(bad, QStringLiteral("qian-yu-pass"), office.admin);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("login"));
    CHECK(refused.error().others.size() == 2); // the empty name and the unknown team as well

    // The last administrator can be neither demoted nor deactivated, nor can anyone deactivate themselves.
    UserDraft demoted{QStringLiteral("admin"), QStringLiteral("Administrator"), Role::Supervisor, {}, {}};
    CHECK_FALSE(users.update(office.admin, demoted, office.admin));
    CHECK_FALSE(users.setActive(office.admin, false, office.admin));
    CHECK(ws->users().byId(office.admin)->role == Role::Admin);

    // A promotion takes effect at once: the agent may now give tickets to others.
    UserDraft promoted{QStringLiteral("qian.yu"), QStringLiteral("钱宇"), Role::Supervisor, QStringLiteral("care"), {}};
    REQUIRE(users.update(added->id, promoted, office.admin));
    CHECK(ws->access().require(added->id, Action::AssignToOthers));
    CHECK(auditCount(*ws, QStringLiteral("qian.yu"), "user_changed") == 1);
    // ...and a later configuration save does not bring the old role back.
    REQUIRE(ws->importConfiguration(ws->configuration(), office.admin));
    CHECK(ws->users().byId(added->id)->role == Role::Supervisor);
}
