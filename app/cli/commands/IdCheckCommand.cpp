#include "Cli.h"

#include "rules/IdNumber.h"

#include <QCoreApplication>

namespace wushe::cli {

// Output, one line per number as given:
//   NUMBER<TAB>valid<TAB>YYYY-MM-DD<TAB>男|女[<TAB>18-digit form, for 15-digit input]
//   NUMBER<TAB>invalid<TAB>reason
// Exit 0 if all are valid, 1 if any is invalid, 2 without numbers.
int runIdCheck(Cli& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "校验公民身份号码（GB 11643-1999）"));
    parser.addOption(Cli::dbOption()); // accepted for uniformity; not needed
    parser.addPositionalArgument(QStringLiteral("NUMBER"), QCoreApplication::translate("Cli", "身份号码，可多个"),
                                 QStringLiteral("NUMBER..."));
    int exitCode = Ok;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    const QStringList numbers = parser.positionalArguments();
    if (numbers.isEmpty())
        return cli.usage(QCoreApplication::translate("Cli", "请给出至少一个身份号码"), parser);
    bool allValid = true;
    for (const QString& number : numbers) {
        const auto id = rules::IdNumber::parse(number, cli.clock().today());
        if (!id) {
            allValid = false;
            cli.out() << number << "\tinvalid\t" << id.error().message << '\n';
            continue;
        }
        cli.out() << number << "\tvalid\t" << id->birthDate().toString(Qt::ISODate) << '\t' << id->sexLabel();
        if (id->wasConvertedFrom15())
            cli.out() << '\t' << id->text();
        cli.out() << '\n';
    }
    return allValid ? Ok : Refused;
}

} // namespace wushe::cli
