#pragma once

#include "model/Plan.h"
#include "model/Texts.h"

#include <QStringList>

#include <optional>

// The documented KSC schemes as ready plans (resources/templates/NAME.json).
class Templates
{
public:
    static QStringList names(); // gateway first: the reference scheme
    static QString description(const QString &name, const Texts &texts = Texts());
    static std::optional<Plan> load(const QString &name);
    // The same with its title and names in the language of `texts`.
    static std::optional<Plan> load(const QString &name, const Texts &texts);
    static QByteArray bytes(const QString &name);
};
