-- Like module-page.lua, but each connection is a trainer at work who opens the dashboard again 2.5 to 7.5 s (at
-- random, so that the trainers do not move in step) after the last one arrived (wrk's delay hook): 10 connections
-- are 10 trainers, about 2 pages a second in all.
dofile("bench/module-page.lua")

delay = function()
    return math.random(2500, 7500)
end
