-- Like module-page.lua, but each connection is a reader who opens a page once a second (wrk's delay hook):
-- 20 connections are 20 people reading, about 20 requests a second in all.
dofile("bench/module-page.lua")

delay = function()
    return 1000
end
