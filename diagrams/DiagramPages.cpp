#include "diagrams/DiagramPages.h"

#include "diagrams/DiagramRenderer.h"
#include "diagrams/SiteTree.h"
#include "diagrams/SvgExport.h"

std::optional<QByteArray> DiagramPages::pdf(DiagramRenderer &renderer, const Analysis &analysis,
                                            const DiagramOptions &options, QString *error)
{
    DiagramOptions page = options;
    page.view = DiagramOptions::View::Overview;
    QList<QByteArray> svgs;
    const std::optional<QByteArray> overview = renderer.svg(analysis, page, error);
    if (!overview)
        return std::nullopt;
    svgs << *overview;
    page.view = DiagramOptions::View::Site;
    const SiteTree sites(analysis);
    for (const int server : sites.servers()) {
        page.site = analysis.plan().devices[server].id;
        const std::optional<QByteArray> site = renderer.svg(analysis, page, error);
        if (!site)
            return std::nullopt;
        svgs << *site;
    }
    return SvgExport::toPdf(svgs, error);
}
