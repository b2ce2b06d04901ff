#include "app/dialogs/NewPlanDialog.h"

#include "model/io/Templates.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

NewPlanDialog::NewPlanDialog(QWidget *parent)
    : QDialog(parent), m_intro(new QLabel), m_list(new QListWidget)
{
    for (const QString &name : Templates::names()) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, name);
    }
    auto *empty = new QListWidgetItem(m_list);
    empty->setData(Qt::UserRole, QString());
    m_list->setCurrentRow(0);
    m_list->setWordWrap(true);
    m_list->setSpacing(3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    resize(560, 360);
    retranslateUi();
}

void NewPlanDialog::retranslateUi()
{
    setWindowTitle(tr("New plan"));
    m_intro->setText(tr("Start from one of the deployment schemes KSC documents, or from an "
                        "empty plan:"));
    const Texts texts = Texts::forLanguage(QLocale().name().left(2));
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString name = item->data(Qt::UserRole).toString();
        item->setText(name.isEmpty() ? tr("Empty plan") : Templates::description(name, texts));
    }
}

QString NewPlanDialog::templateName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void NewPlanDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
