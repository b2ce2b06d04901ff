#pragma once

#include <QCoreApplication>

class QWidget;

// Help ▸ About Portolan: the version and what the program is for.
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    static void show(QWidget *parent);
};
