// Build-time tool: renders the application's SVG icon to a square PNG of the given size, so the
// hicolor theme's bitmaps always match the one drawing. Usage: portolan_render_icon SVG PNG SIZE
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fputs("usage: portolan_render_icon SVG PNG SIZE\n", stderr);
        return 2;
    }
    const QString svg = QString::fromLocal8Bit(argv[1]);
    const QString png = QString::fromLocal8Bit(argv[2]);
    bool ok = false;
    const int size = QString::fromLocal8Bit(argv[3]).toInt(&ok);
    QSvgRenderer renderer(svg);
    if (!ok || size < 1 || !renderer.isValid()) {
        std::fprintf(stderr, "portolan_render_icon: cannot render %s at size %s\n", argv[1],
                     argv[3]);
        return 2;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    if (!image.save(png, "PNG")) {
        std::fprintf(stderr, "portolan_render_icon: cannot write %s\n", argv[2]);
        return 2;
    }
    return 0;
}
