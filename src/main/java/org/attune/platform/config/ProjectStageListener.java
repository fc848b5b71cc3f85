package org.attune.platform.config;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sets the Jakarta Faces project stage from configuration ({@code ATTUNE_FACES_PROJECT_STAGE}), Production unless an
 * operator says otherwise. Declared in {@code web.xml} so it runs before the Faces implementation reads the stage.
 */
public class ProjectStageListener implements ServletContextListener {

    static final String PROJECT_STAGE = "jakarta.faces.PROJECT_STAGE";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String stage = ConfigProvider.getConfig()
                .getOptionalValue("attune.faces.project-stage", String.class)
                .filter(s -> !s.isBlank())
                .orElse("Production");
        event.getServletContext().setInitParameter(PROJECT_STAGE, stage);
    }
}
