#include "exchange/ExchangeCatalog.h"

#include "exchange/ActivityExchange.h"
#include "exchange/ChildExchange.h"
#include "exchange/CommunityOrgExchange.h"
#include "exchange/ElderlyExchange.h"
#include "exchange/ReliefExchange.h"
#include "exchange/SocialWorkerExchange.h"
#include "exchange/VolunteerExchange.h"

namespace wushe::exchange {

QStringList ExchangeCatalog::names()
{
    return {QStringLiteral("elderly"),       QStringLiteral("children"),       QStringLiteral("relief"),
            QStringLiteral("organizations"), QStringLiteral("volunteers"),     QStringLiteral("social-workers"),
            QStringLiteral("activities")};
}

std::unique_ptr<LedgerExchange> ExchangeCatalog::make(const QString& name, const QSqlDatabase& db,
                                                      const storage::WriteContext& context, const UnitResolver* units)
{
    if (name == u"elderly")
        return std::make_unique<ElderlyExchange>(db, context, units);
    if (name == u"children")
        return std::make_unique<ChildExchange>(db, context, units);
    if (name == u"relief")
        return std::make_unique<ReliefExchange>(db, context, units);
    if (name == u"organizations")
        return std::make_unique<CommunityOrgExchange>(db, context, units);
    if (name == u"volunteers")
        return std::make_unique<VolunteerExchange>(db, context, units);
    if (name == u"social-workers")
        return std::make_unique<SocialWorkerExchange>(db, context, units);
    if (name == u"activities")
        return std::make_unique<ActivityExchange>(db, context, units);
    return nullptr;
}

} // namespace wushe::exchange
