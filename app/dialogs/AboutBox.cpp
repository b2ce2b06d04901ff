#include "app/dialogs/AboutBox.h"

#include <QMessageBox>

void AboutBox::show(QWidget *parent)
{
    QMessageBox::about(parent, tr("About Portolan"),
                       tr("<p><b>Portolan %1</b></p><p>Plans Kaspersky Security Center "
                          "deployments: place zones and devices, and Portolan derives every "
                          "documented network flow, checks the placement and writes the "
                          "firewall port checklist.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}
