import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws the course badge and the issuer logo that credentials point at, once; the PNGs are committed under
 * src/main/webapp/badges. Run from the repository root:
 * {@code java -Djava.awt.headless=true scripts/BadgeImages.java ATT-IC "Supporting parent-infant communication in
 * infant massage classes"}. The captions in the message bundle describe what these images show.
 */
public class BadgeImages {

    private static final int SIZE = 512;
    private static final Color BLUE = new Color(0x0b5394);
    private static final Color DARK = new Color(0x083d6d);
    private static final String FONTS = "src/main/resources/org/attune/platform/pdf/fonts/";

    public static void main(String[] args) throws Exception {
        Font bold = Font.createFont(Font.TRUETYPE_FONT, new File(FONTS + "LiberationSans-Bold.ttf"));
        Font regular = Font.createFont(Font.TRUETYPE_FONT, new File(FONTS + "LiberationSans-Regular.ttf"));
        File dir = new File("src/main/webapp/badges");
        dir.mkdirs();
        ImageIO.write(badge(args[0], args[1], bold, regular), "png", new File(dir, args[0] + ".png"));
        ImageIO.write(logo(bold), "png", new File(dir, "attune-issuer.png"));
    }

    private static Graphics2D canvas(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }

    private static BufferedImage badge(String code, String title, Font bold, Font regular) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas(image);
        g.setColor(DARK);
        g.fillOval(8, 8, SIZE - 16, SIZE - 16);
        g.setColor(BLUE);
        g.fillOval(28, 28, SIZE - 56, SIZE - 56);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(6));
        g.drawOval(44, 44, SIZE - 88, SIZE - 88);
        centred(g, bold.deriveFont(44f), "ATTUNE", 146);
        g.fillRect(176, 164, SIZE - 352, 4);
        Font titleFont = regular.deriveFont(30f);
        List<String> lines = wrap(g.getFontMetrics(titleFont), title, 300);
        int y = 182 + (190 - lines.size() * 37) / 2 + 28;
        for (String line : lines) {
            centred(g, titleFont, line, y);
            y += 37;
        }
        centred(g, bold.deriveFont(34f), code, 422);
        g.dispose();
        return image;
    }

    private static BufferedImage logo(Font bold) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas(image);
        g.setColor(BLUE);
        g.fillOval(8, 8, SIZE - 16, SIZE - 16);
        g.setColor(Color.WHITE);
        centred(g, bold.deriveFont(300f), "A", 365);
        g.dispose();
        return image;
    }

    private static void centred(Graphics2D g, Font font, String text, int baseline) {
        g.setFont(font);
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, (SIZE - m.stringWidth(text)) / 2, baseline);
    }

    private static List<String> wrap(FontMetrics m, String text, int width) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (m.stringWidth(longer) > width && !line.isEmpty()) {
                lines.add(line);
                line = word;
            } else {
                line = longer;
            }
        }
        lines.add(line);
        return lines;
    }
}
